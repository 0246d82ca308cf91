using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;

namespace KtPortal.Conformance.Host.Execution.AllKinds;

/// <summary>The per-request mutation counter, which starts at 0.</summary>
internal sealed class Counter
{
    /// <summary>The <see cref="IResolverContext.ContextData"/> key of the request's counter.</summary>
    public const string Key = "counter";

    public int Value { get; set; }

    public static Counter Of(IResolverContext context) => (Counter)context.ContextData[Key]!;
}

/// <summary>The mutation root: each field changes the request's counter, so serial execution shows.</summary>
[GraphQLDescription("Changes the request's counter, which starts at 0.")]
public sealed class AllKindsMutation
{
    public int Increment(IResolverContext context, int by = 1) => Counter.Of(context).Value += by;

    public async Task<int> IncrementLater(IResolverContext context, int by = 1, int delayMs = 0)
    {
        await Task.Delay(delayMs, context.RequestAborted);
        return Counter.Of(context).Value += by;
    }

    public int? IncrementAndFail(IResolverContext context, int by = 1)
    {
        Counter.Of(context).Value += by;
        throw new InvalidOperationException("incrementAndFail failed.");
    }

    public int IncrementAndFailNonNull(IResolverContext context, int by = 1)
    {
        Counter.Of(context).Value += by;
        throw new InvalidOperationException("incrementAndFailNonNull failed.");
    }

    public int Current(IResolverContext context) => Counter.Of(context).Value;
}
