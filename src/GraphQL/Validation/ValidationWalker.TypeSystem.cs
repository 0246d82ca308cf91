using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation;

internal sealed partial class ValidationWalker
{
    // Type-system definitions are not executable, but graphql-js still visits them, so rules such as
    // KnownTypeNames and KnownDirectives report inside them too.
    private void VisitTypeSystemNode(ISyntaxNode node)
    {
        Call(RuleHook.EnterTypeSystemNode, node, static (rule, context, node) => rule.EnterTypeSystemNode(context, node));

        _context.PushAncestor(node);
        VisitTypeSystemChildren(node);
        _context.PopAncestor();
        Call(RuleHook.LeaveTypeSystemNode, node, static (rule, context, node) => rule.LeaveTypeSystemNode(context, node));
    }

    private void VisitTypeSystemChildren(ISyntaxNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                VisitDirectives(schema.Directives);
                VisitOperationTypes(schema.OperationTypes);
                break;
            case SchemaExtensionNode schemaExtension:
                VisitDirectives(schemaExtension.Directives);
                VisitOperationTypes(schemaExtension.OperationTypes);
                break;
            case OperationTypeDefinitionNode operationType:
                VisitNamedType(operationType.Type);
                break;
            case ScalarTypeDefinitionNode scalar:
                VisitDirectives(scalar.Directives);
                break;
            case ScalarTypeExtensionNode scalarExtension:
                VisitDirectives(scalarExtension.Directives);
                break;
            case IComplexTypeDefinitionNode complex:
                VisitNamedTypes(complex.Interfaces);
                VisitDirectives(complex.Directives);
                VisitTypeSystemNodes(complex.Fields);
                break;
            case IComplexTypeExtensionNode complexExtension:
                VisitNamedTypes(complexExtension.Interfaces);
                VisitDirectives(complexExtension.Directives);
                VisitTypeSystemNodes(complexExtension.Fields);
                break;
            case FieldDefinitionNode field:
                VisitTypeSystemNodes(field.Arguments);
                VisitTypeReference(field.Type);
                VisitDirectives(field.Directives);
                break;
            case InputValueDefinitionNode inputValue:
                VisitTypeReference(inputValue.Type);
                if (inputValue.DefaultValue is not null)
                {
                    VisitValue(inputValue.DefaultValue);
                }

                VisitDirectives(inputValue.Directives);
                break;
            case UnionTypeDefinitionNode union:
                VisitDirectives(union.Directives);
                VisitNamedTypes(union.Types);
                break;
            case UnionTypeExtensionNode unionExtension:
                VisitDirectives(unionExtension.Directives);
                VisitNamedTypes(unionExtension.Types);
                break;
            case EnumTypeDefinitionNode enumType:
                VisitDirectives(enumType.Directives);
                VisitTypeSystemNodes(enumType.Values);
                break;
            case EnumTypeExtensionNode enumExtension:
                VisitDirectives(enumExtension.Directives);
                VisitTypeSystemNodes(enumExtension.Values);
                break;
            case EnumValueDefinitionNode enumValue:
                VisitDirectives(enumValue.Directives);
                break;
            case InputObjectTypeDefinitionNode inputObject:
                VisitDirectives(inputObject.Directives);
                VisitTypeSystemNodes(inputObject.Fields);
                break;
            case InputObjectTypeExtensionNode inputObjectExtension:
                VisitDirectives(inputObjectExtension.Directives);
                VisitTypeSystemNodes(inputObjectExtension.Fields);
                break;
            case DirectiveDefinitionNode directive:
                VisitTypeSystemNodes(directive.Arguments);
                break;
        }
    }

    private void VisitTypeSystemNodes<T>(IReadOnlyList<T> nodes)
        where T : ISyntaxNode
    {
        foreach (var node in nodes)
        {
            VisitTypeSystemNode(node);
        }
    }

    private void VisitOperationTypes(IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        foreach (var operationType in operationTypes)
        {
            VisitTypeSystemNode(operationType);
        }
    }

    private void VisitNamedTypes(IReadOnlyList<NamedTypeNode> types)
    {
        foreach (var type in types)
        {
            VisitNamedType(type);
        }
    }
}
