using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation;

/// <summary>Finds variable references in one operation or fragment, tracking the expected input type.</summary>
internal static class VariableUsageCollector
{
    public static IReadOnlyList<VariableUsage> Collect(Schema schema, IExecutableDefinitionNode definition)
    {
        List<VariableUsage>? usages = null;
        switch (definition)
        {
            case OperationDefinitionNode operation:
                VisitDirectives(schema, operation.Directives, ref usages);
                VisitSelectionSet(schema, schema.GetRootType(operation.Operation), operation.SelectionSet, ref usages);
                break;
            case FragmentDefinitionNode fragment:
                VisitDirectives(schema, fragment.Directives, ref usages);
                VisitSelectionSet(schema, OutputTypeOf(schema, fragment.TypeCondition), fragment.SelectionSet, ref usages);
                break;
        }

        return (IReadOnlyList<VariableUsage>?)usages ?? [];
    }

    private static IOutputType? OutputTypeOf(Schema schema, NamedTypeNode typeCondition)
        => schema.TypeFromAst(typeCondition) is { } type && type.IsOutputType() ? (IOutputType)type : null;

    private static void VisitSelectionSet(Schema schema, IOutputType? type, SelectionSetNode selectionSet, ref List<VariableUsage>? usages)
    {
        var parentType = type?.NamedType() as ICompositeType;
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var fieldDefinition = parentType is null
                        ? null
                        : ValidationContext.GetFieldDefinition(schema, parentType, field.Name.Value);
                    foreach (var argument in field.Arguments)
                    {
                        Argument? argumentDefinition = null;
                        fieldDefinition?.Arguments.TryGetField(argument.Name.Value, out argumentDefinition);
                        VisitValue(argument.Value, argumentDefinition?.Type, argumentDefinition?.DefaultValue, null, ref usages);
                    }

                    VisitDirectives(schema, field.Directives, ref usages);
                    if (field.SelectionSet is not null)
                    {
                        VisitSelectionSet(schema, fieldDefinition?.Type, field.SelectionSet, ref usages);
                    }

                    break;
                case FragmentSpreadNode spread:
                    VisitDirectives(schema, spread.Directives, ref usages);
                    break;
                case InlineFragmentNode inline:
                    var fragmentType = inline.TypeCondition is null ? parentType : OutputTypeOf(schema, inline.TypeCondition);
                    VisitDirectives(schema, inline.Directives, ref usages);
                    VisitSelectionSet(schema, fragmentType, inline.SelectionSet, ref usages);
                    break;
            }
        }
    }

    private static void VisitDirectives(Schema schema, IReadOnlyList<DirectiveNode> directives, ref List<VariableUsage>? usages)
    {
        foreach (var directive in directives)
        {
            schema.TryGetDirective(directive.Name.Value, out var definition);
            foreach (var argument in directive.Arguments)
            {
                Argument? argumentDefinition = null;
                definition?.Arguments.TryGetField(argument.Name.Value, out argumentDefinition);
                VisitValue(argument.Value, argumentDefinition?.Type, argumentDefinition?.DefaultValue, null, ref usages);
            }
        }
    }

    private static void VisitValue(IValueNode value, IInputType? type, IValueNode? defaultValue, IInputType? parentType, ref List<VariableUsage>? usages)
    {
        switch (value)
        {
            case VariableNode variable:
                (usages ??= []).Add(new VariableUsage(variable, type, defaultValue, parentType));
                break;
            case ListValueNode list:
                var listType = type?.NullableType();
                var itemType = listType is ListType wrapped ? wrapped.ElementType : listType;
                var itemInputType = itemType is not null && itemType.IsInputType() ? (IInputType)itemType : null;
                foreach (var item in list.Values)
                {
                    VisitValue(item, itemInputType, null, type, ref usages);
                }

                break;
            case ObjectValueNode obj:
                var inputObject = type?.NamedType() as InputObjectType;
                foreach (var field in obj.Fields)
                {
                    InputField? fieldDefinition = null;
                    inputObject?.Fields.TryGetField(field.Name.Value, out fieldDefinition);
                    VisitValue(field.Value, fieldDefinition?.Type, fieldDefinition?.DefaultValue, type, ref usages);
                }

                break;
        }
    }
}
