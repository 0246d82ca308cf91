using KtPortal.GraphQL.Types;
using KtPortal.GraphQL.Utilities;

namespace KtPortal.GraphQL.Execution.Internal;

internal sealed partial class OperationContext
{
    /// <summary>The source event stream of the subscription root field, or <see langword="null"/> with its errors recorded.</summary>
    // https://spec.graphql.org/October2021/#ResolveFieldEventStream()
    public async ValueTask<IAsyncEnumerable<object?>?> CreateSourceStreamAsync(ObjectType rootType, FieldPlan plan)
    {
        var path = new PathRef(FieldPath.Root, plan.ResponseName);
        try
        {
            var arguments = plan.GetArguments(Schema, Variables);
            if (arguments.Error is not null)
            {
                AddError(arguments.Error with { Path = path.ToPath().ToList() });
                return null;
            }

            if (plan.Field.AuthorizationRules.Count > 0 && !await AuthorizeAsync(rootType, plan, path).ConfigureAwait(false))
            {
                return null;
            }

            object? stream;
            if (plan.Field.SubscribeResolver is { } subscribe)
            {
                stream = await subscribe(CreateContext(rootType, plan, RootValue, path, arguments.Values)).ConfigureAwait(false);
            }
            else
            {
                stream = plan.DefaultResolver.Resolve(RootValue);
            }

            if (stream is not null && AsyncEnumerables.TryAdapt(stream, out var events))
            {
                return events;
            }

            RecordError(
                $"Subscription field must return Async Iterable. Received: {(stream is null ? "undefined" : JsInspect.Inspect(stream))}.",
                plan,
                path,
                ErrorCodes.SubscriptionInvalid);
            return null;
        }
        catch (Exception exception) when (!IsAborted(exception))
        {
            HandleException(exception, plan, path);
            return null;
        }
    }
}
