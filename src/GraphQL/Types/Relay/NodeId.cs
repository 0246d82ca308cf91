namespace KtPortal.GraphQL.Types;

/// <summary>A decoded global ID: the GraphQL type name and the key, as formatted text.</summary>
/// <param name="TypeName">The GraphQL name of the node type.</param>
/// <param name="Key">The key (an integer, a GUID or a string) as <see cref="INodeIdSerializer.Format"/> wrote it.</param>
public readonly record struct NodeId(string TypeName, string Key);
