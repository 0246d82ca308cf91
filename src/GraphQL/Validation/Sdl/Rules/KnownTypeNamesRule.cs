using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation.Sdl.Rules;

// https://spec.graphql.org/October2021/#sec-Schema
// A type-system definition may use the specified scalars and introspection types without defining them;
// an executable definition in the same document may not, because no schema exists yet.
internal sealed class KnownTypeNamesRule : SdlRule
{
    private readonly HashSet<string> _defined = new(StringComparer.Ordinal);
    private readonly List<string> _definedInOrder = [];

    public KnownTypeNamesRule(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is ITypeDefinitionNode type && _defined.Add(type.Name.Value))
            {
                _definedInOrder.Add(type.Name.Value);
            }
        }
    }

    public override string Name => "KnownTypeNamesRule";

    public override void Enter(ISyntaxNode node, SdlValidationContext context)
    {
        if (node is not NamedTypeNode namedType)
        {
            return;
        }

        var typeName = namedType.Name.Value;
        if (_defined.Contains(typeName))
        {
            return;
        }

        var ancestors = context.Ancestors;
        var definition = ancestors.Count > 1 ? ancestors[1] : ancestors[^1];
        var isTypeSystem = definition is ITypeSystemDefinitionNode or ITypeSystemExtensionNode;
        if (isTypeSystem && SpecifiedDefinitions.IsStandardTypeName(typeName))
        {
            return;
        }

        var options = isTypeSystem
            ? SpecifiedDefinitions.StandardTypeNames.Concat(_definedInOrder)
            : _definedInOrder;
        var suggestions = Suggestions.SuggestionList(typeName, options);
        context.ReportError(this, $"Unknown type \"{typeName}\"." + Suggestions.DidYouMean(suggestions), namedType);
    }
}
