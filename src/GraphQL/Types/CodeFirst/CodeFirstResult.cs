using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types.CodeFirst;

/// <summary>
/// The SDL definitions produced from code-first types, the C# member behind each generated node (looked up
/// by reference), and the runtime bindings to apply to the schema builder.
/// </summary>
internal sealed record CodeFirstResult(
    IReadOnlyList<IDefinitionNode> Definitions,
    IReadOnlyDictionary<ISyntaxNode, string> Origins,
    IReadOnlyList<Action<SchemaBuilder>> Bindings);
