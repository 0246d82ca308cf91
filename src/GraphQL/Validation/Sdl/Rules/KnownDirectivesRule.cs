using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation.Sdl.Rules;

// https://spec.graphql.org/October2021/#sec-Directives-Are-Defined
// https://spec.graphql.org/October2021/#sec-Directives-Are-In-Valid-Locations
internal sealed class KnownDirectivesRule : SdlRule
{
    private readonly Dictionary<string, IReadOnlyList<string>> _locations = new(StringComparer.Ordinal);

    public KnownDirectivesRule(DocumentNode document)
    {
        foreach (var directive in SpecifiedDirectives.All)
        {
            var names = new string[directive.Locations.Count];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = directive.Locations[i].ToSpecName();
            }

            _locations[directive.Name] = names;
        }

        foreach (var definition in document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                var names = new string[directive.Locations.Count];
                for (var i = 0; i < names.Length; i++)
                {
                    names[i] = directive.Locations[i].Value;
                }

                _locations[directive.Name.Value] = names;
            }
        }
    }

    public override string Name => "KnownDirectivesRule";

    public override void Enter(ISyntaxNode node, SdlValidationContext context)
    {
        if (node is not DirectiveNode directive)
        {
            return;
        }

        var name = directive.Name.Value;
        if (!_locations.TryGetValue(name, out var locations))
        {
            context.ReportError(this, $"Unknown directive \"@{name}\".", directive);
            return;
        }

        var candidate = LocationOf(context.Ancestors);
        if (candidate is not null && !Contains(locations, candidate))
        {
            context.ReportError(this, $"Directive \"@{name}\" may not be used on {candidate}.", directive);
        }
    }

    private static bool Contains(IReadOnlyList<string> locations, string candidate)
    {
        foreach (var location in locations)
        {
            if (string.Equals(location, candidate, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // graphql-js treats an input value as an input field only inside an input object *definition*;
    // in an input object extension it reports ARGUMENT_DEFINITION, and so do we.
    private static string? LocationOf(IReadOnlyList<ISyntaxNode> ancestors) => ancestors[^1] switch
    {
        OperationDefinitionNode operation => operation.Operation switch
        {
            OperationType.Query => "QUERY",
            OperationType.Mutation => "MUTATION",
            _ => "SUBSCRIPTION",
        },
        FieldNode => "FIELD",
        FragmentSpreadNode => "FRAGMENT_SPREAD",
        InlineFragmentNode => "INLINE_FRAGMENT",
        FragmentDefinitionNode => "FRAGMENT_DEFINITION",
        VariableDefinitionNode => "VARIABLE_DEFINITION",
        SchemaDefinitionNode or SchemaExtensionNode => "SCHEMA",
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "SCALAR",
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "OBJECT",
        FieldDefinitionNode => "FIELD_DEFINITION",
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "INTERFACE",
        UnionTypeDefinitionNode or UnionTypeExtensionNode => "UNION",
        EnumTypeDefinitionNode or EnumTypeExtensionNode => "ENUM",
        EnumValueDefinitionNode => "ENUM_VALUE",
        InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => "INPUT_OBJECT",
        InputValueDefinitionNode => ancestors[^2] is InputObjectTypeDefinitionNode
            ? "INPUT_FIELD_DEFINITION"
            : "ARGUMENT_DEFINITION",
        DirectiveDefinitionNode => "DIRECTIVE_DEFINITION",
        _ => null,
    };
}
