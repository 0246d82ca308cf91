using KtPortal.GraphQL.Execution;

namespace KtPortal.GraphQL.Types.CodeFirst;

/// <summary>The resolvers of <c>Query.node(id:)</c> and <c>Query.nodes(ids:)</c>.</summary>
internal sealed class NodeFieldResolvers(IReadOnlyDictionary<string, NodeResolverEntry> resolvers, int maxBatchSize)
{
    // https://relay.dev/graphql/objectidentification.htm#sec-Node-root-field
    public ValueTask<object?> ResolveNode(IResolverContext context)
        => ResolveAsync(context, context.ArgumentValue<string>("id"));

    // A malformed ID among several is reported at its index and leaves null there; the others still resolve.
    public async ValueTask<object?> ResolveNodes(IResolverContext context)
    {
        var ids = context.ArgumentValue<IReadOnlyList<string>>("ids") ?? [];
        if (ids.Count > maxBatchSize)
        {
            throw new GraphQLException(
                $"The field \"nodes\" accepts at most {maxBatchSize} IDs, but {ids.Count} were given.",
                ErrorCodes.ValidationFailed);
        }

        var path = context.Path.ToList();
        var tasks = new Task<object?>[ids.Count];
        for (var i = 0; i < ids.Count; i++)
        {
            tasks[i] = ResolveItemAsync(context, ids[i], [.. path, i]);
        }

        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    private async Task<object?> ResolveItemAsync(IResolverContext context, string id, IReadOnlyList<object> path)
    {
        try
        {
            return await ResolveAsync(context, id).ConfigureAwait(false);
        }
        catch (GraphQLException exception)
        {
            foreach (var error in exception.Errors)
            {
                context.ReportError(error with { Path = path });
            }

            return null;
        }
    }

    private ValueTask<object?> ResolveAsync(IResolverContext context, string id)
    {
        if (!NodeIds.Serializer(context).TryParse(id, out var nodeId)
            || !resolvers.TryGetValue(nodeId.TypeName, out var entry)
            || !NodeIds.TryConvertKey(nodeId.Key, entry.KeyType, out var key))
        {
            throw NodeIds.Invalid(id, null);
        }

        return entry.Resolve(context, key);
    }
}
