using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation.Rules;

/// <summary>Directives must be defined and used only where their definition allows.</summary>
// https://spec.graphql.org/October2021/#sec-Directives-Are-Defined
// https://spec.graphql.org/October2021/#sec-Directives-Are-In-Valid-Locations
public sealed class KnownDirectivesRule : ValidationRule
{
    private Dictionary<string, List<string>>? _documentDirectives;

    /// <inheritdoc/>
    public override string Name => "KnownDirectivesRule";

    /// <inheritdoc/>
    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                var locations = new List<string>(directive.Locations.Count);
                foreach (var location in directive.Locations)
                {
                    locations.Add(location.Value);
                }

                (_documentDirectives ??= new Dictionary<string, List<string>>(StringComparer.Ordinal))[directive.Name.Value] = locations;
            }
        }
    }

    /// <inheritdoc/>
    public override void EnterDirective(ValidationContext context, DirectiveNode node)
    {
        var name = node.Name.Value;
        List<string>? documentLocations = null;
        var known = _documentDirectives is not null && _documentDirectives.TryGetValue(name, out documentLocations);
        context.Schema.TryGetDirective(name, out var schemaDirective);
        if (!known && schemaDirective is null)
        {
            context.ReportError($"Unknown directive \"@{name}\".", node);
            return;
        }

        if (LocationOf(context.Ancestors) is not { } candidate)
        {
            return;
        }

        var allowed = documentLocations is not null
            ? documentLocations.Contains(candidate.ToSpecName())
            : schemaDirective!.HasLocation(candidate);
        if (!allowed)
        {
            context.ReportError($"Directive \"@{name}\" may not be used on {candidate.ToSpecName()}.", node);
        }
    }

    private static DirectiveLocation? LocationOf(IReadOnlyList<ISyntaxNode> ancestors)
    {
        if (ancestors.Count == 0)
        {
            return null;
        }

        return ancestors[^1] switch
        {
            OperationDefinitionNode operation => operation.Operation switch
            {
                OperationType.Query => DirectiveLocation.Query,
                OperationType.Mutation => DirectiveLocation.Mutation,
                _ => DirectiveLocation.Subscription,
            },
            FieldNode => DirectiveLocation.Field,
            FragmentSpreadNode => DirectiveLocation.FragmentSpread,
            InlineFragmentNode => DirectiveLocation.InlineFragment,
            FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
            VariableDefinitionNode => DirectiveLocation.VariableDefinition,
            SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocation.Schema,
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.Scalar,
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.Object,
            FieldDefinitionNode => DirectiveLocation.FieldDefinition,
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.Interface,
            UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.Union,
            EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.Enum,
            EnumValueDefinitionNode => DirectiveLocation.EnumValue,
            InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => DirectiveLocation.InputObject,
            InputValueDefinitionNode => ancestors.Count > 1 && ancestors[^2] is InputObjectTypeDefinitionNode
                ? DirectiveLocation.InputFieldDefinition
                : DirectiveLocation.ArgumentDefinition,
            DirectiveDefinitionNode => DirectiveLocation.DirectiveDefinition,
            _ => null,
        };
    }
}
