namespace KtPortal.GraphQL.Types;

// Schema-wide conventions built on the code-first compiler: global object identification and mutation conventions.
public sealed partial class SchemaBuilder
{
    /// <summary>
    /// Adds <c>interface Node { id: ID! }</c>, <c>Query.node(id: ID!): Node</c> and
    /// <c>Query.nodes(ids: [ID!]!): [Node]!</c>. Object types become nodes with <see cref="NodeAttribute"/> or
    /// <see cref="IObjectTypeDescriptor{T}.ImplementsNode"/>; their IDs are opaque (see <see cref="INodeIdSerializer"/>).
    /// </summary>
    /// <param name="configure">Changes the options, such as the most IDs <c>nodes</c> accepts (50).</param>
    public SchemaBuilder AddGlobalObjectIdentification(Action<GlobalObjectIdentificationOptions>? configure = null)
    {
        var options = _codeFirst.GlobalObjectIdentification ??= new GlobalObjectIdentificationOptions();
        configure?.Invoke(options);
        return this;
    }

    /// <summary>
    /// Enables the mutation conventions: <c>verbNoun(input: VerbNounInput!): VerbNounPayload!</c> with typed errors,
    /// for the methods marked <see cref="UseMutationConventionAttribute"/>, or for every mutation method.
    /// </summary>
    /// <param name="applyToAllMutations">Whether every mutation field declared by a method follows the conventions.</param>
    public SchemaBuilder AddMutationConventions(bool applyToAllMutations = false)
    {
        var options = _codeFirst.MutationConventions ??= new MutationConventionOptions();
        options.ApplyToAllMutations |= applyToAllMutations;
        return this;
    }
}
