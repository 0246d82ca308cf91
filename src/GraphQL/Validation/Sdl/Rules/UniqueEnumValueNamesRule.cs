using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation.Sdl.Rules;

// https://spec.graphql.org/October2021/#sec-Enums.Type-Validation
internal sealed class UniqueEnumValueNamesRule : SdlRule
{
    // Keyed by type and member name: a type's definition and its extensions share one namespace.
    private readonly Dictionary<(string Type, string Member), NameNode> _known = [];

    public override string Name => "UniqueEnumValueNamesRule";

    public override void Enter(ISyntaxNode node, SdlValidationContext context)
    {
        var (typeName, values) = node switch
        {
            EnumTypeDefinitionNode definition => (definition.Name.Value, definition.Values),
            EnumTypeExtensionNode extension => (extension.Name.Value, extension.Values),
            _ => (null, null),
        };

        if (typeName is null || values is null)
        {
            return;
        }

        foreach (var value in values)
        {
            var name = value.Name;
            if (_known.TryGetValue((typeName, name.Value), out var existing))
            {
                context.ReportError(
                    this,
                    $"Enum value \"{typeName}.{name.Value}\" can only be defined once.",
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
