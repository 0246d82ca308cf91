using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation.Sdl.Rules;

// https://spec.graphql.org/October2021/#sec-Objects.Type-Validation
internal sealed class UniqueFieldDefinitionNamesRule : SdlRule
{
    // Keyed by type and member name: a type's definition and its extensions share one namespace.
    private readonly Dictionary<(string Type, string Member), NameNode> _known = [];

    public override string Name => "UniqueFieldDefinitionNamesRule";

    public override void Enter(ISyntaxNode node, SdlValidationContext context)
    {
        switch (node)
        {
            case IComplexTypeDefinitionNode complex:
                Check(complex.Name.Value, complex.Fields, context);
                break;
            case IComplexTypeExtensionNode complex:
                Check(complex.Name.Value, complex.Fields, context);
                break;
            case InputObjectTypeDefinitionNode input:
                Check(input.Name.Value, input.Fields, context);
                break;
            case InputObjectTypeExtensionNode input:
                Check(input.Name.Value, input.Fields, context);
                break;
        }
    }

    private void Check<T>(string typeName, IReadOnlyList<T> fields, SdlValidationContext context)
        where T : IHasName
    {
        foreach (var field in fields)
        {
            var name = field.Name;
            if (_known.TryGetValue((typeName, name.Value), out var existing))
            {
                context.ReportError(
                    this,
                    $"Field \"{typeName}.{name.Value}\" can only be defined once.",
                    existing,
                    name);
            }
            else
            {
                _known.Add((typeName, name.Value), name);
            }
        }
    }
}
