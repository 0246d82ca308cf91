using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation.Sdl.Rules;

// https://spec.graphql.org/October2021/#sec-Objects.Type-Validation
// https://spec.graphql.org/October2021/#sec-Type-System.Directives.Validation
internal sealed class UniqueArgumentDefinitionNamesRule : SdlRule
{
    public override string Name => "UniqueArgumentDefinitionNamesRule";

    public override void Enter(ISyntaxNode node, SdlValidationContext context)
    {
        switch (node)
        {
            case DirectiveDefinitionNode directive:
                Check(null, directive.Name.Value, directive.Arguments, context);
                break;
            case IComplexTypeDefinitionNode complex:
                CheckFields(complex.Name.Value, complex.Fields, context);
                break;
            case IComplexTypeExtensionNode complex:
                CheckFields(complex.Name.Value, complex.Fields, context);
                break;
        }
    }

    private void CheckFields(string typeName, IReadOnlyList<FieldDefinitionNode> fields, SdlValidationContext context)
    {
        foreach (var field in fields)
        {
            Check(typeName, field.Name.Value, field.Arguments, context);
        }
    }

    // The owner is "@directive" or "Type.field"; it is only formatted when there is an error to report.
    private void Check(string? typeName, string name, IReadOnlyList<InputValueDefinitionNode> arguments, SdlValidationContext context)
    {
        if (arguments.Count < 2)
        {
            return;
        }

        foreach (var group in NameGrouping.Duplicates(NameGrouping.NamesOf(arguments)))
        {
            var owner = typeName is null ? $"@{name}" : $"{typeName}.{name}";
            context.ReportError(
                this,
                $"Argument \"{owner}({group[0].Value}:)\" can only be defined once.",
                [.. group]);
        }
    }
}
