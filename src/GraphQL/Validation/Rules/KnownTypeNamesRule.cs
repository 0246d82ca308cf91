using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation.Rules;

/// <summary>Every type a document names must exist in the schema.</summary>
// https://spec.graphql.org/October2021/#sec-Fragment-Spread-Type-Existence
public sealed class KnownTypeNamesRule : ValidationRule
{
    private HashSet<string>? _definedTypes;

    /// <inheritdoc/>
    public override string Name => "KnownTypeNamesRule";

    /// <inheritdoc/>
    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is ITypeDefinitionNode typeDefinition)
            {
                (_definedTypes ??= new HashSet<string>(StringComparer.Ordinal)).Add(typeDefinition.Name.Value);
            }
        }
    }

    /// <inheritdoc/>
    public override void EnterNamedType(ValidationContext context, NamedTypeNode node)
    {
        var typeName = node.Name.Value;
        if (context.Schema.Types.ContainsKey(typeName) || (_definedTypes?.Contains(typeName) ?? false))
        {
            return;
        }

        var ancestors = context.Ancestors;
        var definition = ancestors.Count > 1 ? ancestors[1] : null;
        var isSdl = definition is ITypeSystemDefinitionNode or ITypeSystemExtensionNode;
        if (isSdl && IsStandardTypeName(typeName))
        {
            return;
        }

        IReadOnlyList<string> suggestions = [];
        if (!context.HideSuggestions)
        {
            suggestions = Suggestions.SuggestionList(typeName, CandidateNames(context, isSdl));
        }

        context.ReportError($"Unknown type \"{typeName}\"." + Suggestions.DidYouMean(suggestions), node);
    }

    private static bool IsStandardTypeName(string name)
        => SpecifiedScalars.IsSpecified(name) || Introspection.IsIntrospectionType(name);

    private List<string> CandidateNames(ValidationContext context, bool isSdl)
    {
        var names = new List<string>();
        if (isSdl)
        {
            foreach (var scalar in SpecifiedScalars.All)
            {
                names.Add(scalar.Name);
            }

            foreach (var type in Introspection.Types)
            {
                names.Add(type.Name);
            }
        }

        foreach (var type in context.Schema.TypeList)
        {
            names.Add(type.Name);
        }

        if (_definedTypes is not null)
        {
            names.AddRange(_definedTypes);
        }

        return names;
    }
}
