using KtPortal.GraphQL.Execution;

namespace KtPortal.GraphQL.Types;

/// <summary>
/// Wraps the resolver of a convention mutation: its result (or a <see cref="IMutationResult"/>) becomes the
/// payload, and a declared exception becomes an error in the payload. Other exceptions pass through and fail
/// the field as usual.
/// </summary>
internal sealed class MutationConventionResolver(FieldResolverDelegate inner, IReadOnlyList<ExceptionErrorMapping> exceptions, bool wrapsValue)
{
    public async ValueTask<object?> ResolveAsync(IResolverContext context)
    {
        object? result;
        try
        {
            result = await inner(context).ConfigureAwait(false);
        }
        catch (Exception exception) when (Map(exception) is { } error)
        {
            return new MutationPayload(null, [error]);
        }

        if (result is IMutationResult mutationResult)
        {
            if (mutationResult.Errors is { Count: > 0 } errors)
            {
                return new MutationPayload(null, errors);
            }

            result = mutationResult.Value;
        }

        return wrapsValue ? new MutationPayload(result, null) : result;
    }

    /// <summary>The errors of a payload value, for the payload's <c>errors</c> field.</summary>
    public static ValueTask<object?> ResolveErrors(IResolverContext context)
        => new(context.Parent() is MutationPayload { Errors: { } errors } ? errors : null);

    /// <summary>The value of a generated payload, for its result field.</summary>
    public static ValueTask<object?> ResolveValue(IResolverContext context)
        => new(context.Parent() is MutationPayload payload ? payload.Value : null);

    /// <summary>On a hand-written payload that ended in errors, the payload's own fields are null.</summary>
    public static FieldResolverDelegate NullOnErrors(FieldResolverDelegate next)
        => context => context.Parent() is MutationPayload ? default : next(context);

    private object? Map(Exception exception)
    {
        foreach (var mapping in exceptions)
        {
            if (mapping.ExceptionType.IsInstanceOfType(exception))
            {
                return mapping.Create(exception);
            }
        }

        return null;
    }
}
