using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Data;

/// <summary>
/// What the data middleware builds from a field's selection and arguments, kept for the execution: the items of a
/// list resolve the same child field once per parent, with the same arguments and selections, so the filter,
/// the ordering and the projection are built once and shared (which also lets the grouped page loader see that
/// the parents' queries are alike). The key is the selection's field nodes and the request's variables, by
/// reference: together they decide the arguments and what <c>@skip</c>/<c>@include</c> keep.
/// </summary>
internal static class SelectionCache
{
    private const string ContextKey = "KtPortal.Data.SelectionCache";

    /// <summary>The value <paramref name="build"/> made for this selection under <paramref name="kind"/>, built on first use in the execution.</summary>
    public static TValue GetOrAdd<TValue, TState>(IResolverContext context, string kind, object? discriminator, TState state, Func<TState, TValue> build)
        where TValue : class
    {
        var cache = Of(context);
        var key = new Key(kind, context.FieldNodes, context.Variables, discriminator);
        if (cache.TryGetValue(key, out var cached))
        {
            return (TValue)cached;
        }

        return (TValue)cache.GetOrAdd(key, build(state));
    }

    /// <summary>
    /// The value <paramref name="build"/> made for this selection under <paramref name="kind"/>, kept across requests:
    /// only for a value that depends on nothing but the document (the field, its selections and its literal
    /// arguments), which the caller checks with <see cref="IResolverContext.SelectionsDependOnVariables"/> and
    /// <see cref="IResolverContext.ArgumentUsesVariables"/>. The key is the selection's field nodes, which the
    /// executor keeps with the operation's plans, and <paramref name="discriminator"/>, both by reference and held
    /// weakly: a value built for a discriminator of one request goes with it.
    /// </summary>
    public static TValue GetOrAddShared<TValue, TState>(IResolverContext context, string kind, object? discriminator, TState state, Func<TState, TValue> build)
        where TValue : class
    {
        var byDiscriminator = Shared.GetValue(context.FieldNodes, static _ => []);
        var byKind = byDiscriminator.GetValue(discriminator ?? NoDiscriminator, static _ => new ConcurrentDictionary<string, object>(StringComparer.Ordinal));
        if (byKind.TryGetValue(kind, out var cached))
        {
            return (TValue)cached;
        }

        return (TValue)byKind.GetOrAdd(kind, build(state));
    }

    private static readonly ConditionalWeakTable<IReadOnlyList<FieldNode>, ConditionalWeakTable<object, ConcurrentDictionary<string, object>>> Shared = [];

    private static readonly object NoDiscriminator = new();

    private static ConcurrentDictionary<Key, object> Of(IResolverContext context)
    {
        var data = context.ContextData;
        if (data.TryGetValue(ContextKey, out var stored) && stored is ConcurrentDictionary<Key, object> cache)
        {
            return cache;
        }

        // ContextData is a concurrent dictionary during execution, so siblings racing here agree on one cache.
        return (ConcurrentDictionary<Key, object>)(data is ConcurrentDictionary<string, object?> concurrent
            ? concurrent.GetOrAdd(ContextKey, static _ => new ConcurrentDictionary<Key, object>())!
            : data[ContextKey] = new ConcurrentDictionary<Key, object>());
    }

    private readonly record struct Key(string Kind, IReadOnlyList<FieldNode> Selection, IReadOnlyDictionary<string, object?> Variables, object? Discriminator)
    {
        public bool Equals(Key other)
            => Kind == other.Kind
                && ReferenceEquals(Selection, other.Selection)
                && ReferenceEquals(Variables, other.Variables)
                && ReferenceEquals(Discriminator, other.Discriminator);

        public override int GetHashCode()
            => HashCode.Combine(Kind, RuntimeHelpers.GetHashCode(Selection), RuntimeHelpers.GetHashCode(Variables), Discriminator is null ? 0 : RuntimeHelpers.GetHashCode(Discriminator));
    }
}
