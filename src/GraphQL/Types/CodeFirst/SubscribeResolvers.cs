using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Execution.Internal;
using KtPortal.GraphQL.Subscriptions;

namespace KtPortal.GraphQL.Types.CodeFirst;

/// <summary>Builds the source-stream resolvers of code-first subscription fields; the closed generics are chosen at build time.</summary>
internal static class SubscribeResolvers
{
    /// <summary>Subscribes to the topic the template gives for the field's arguments.</summary>
    public static SubscribeResolverDelegate FromTopic<TMessage>(TopicTemplate topic)
        => async context =>
        {
            var receiver = context.Services.GetService(typeof(ITopicEventReceiver)) as ITopicEventReceiver
                ?? throw new InvalidOperationException(
                    $"The subscription field {context.Field.Coordinate} needs an {nameof(ITopicEventReceiver)} service; register one, e.g. with AddInMemorySubscriptions().");
            var stream = await receiver.SubscribeAsync<TMessage>(topic.Format(context), context.RequestAborted).ConfigureAwait(false);
            return new SourceEventStream<TMessage>(stream);
        };

    /// <summary>Uses the <see cref="IAsyncEnumerable{T}"/> a method returns as the stream.</summary>
    public static SubscribeResolverDelegate FromAsyncEnumerable<T>(Func<IResolverContext, object?> createStream)
        => context => new ValueTask<IAsyncEnumerable<object?>>(AsyncEnumerables.Box((IAsyncEnumerable<T>)createStream(context)!));

    /// <summary>Uses the topic subscription a method returns (as a task or value task) as the stream.</summary>
    public static SubscribeResolverDelegate FromSourceStreamTask<TMessage>(Func<IResolverContext, object?> createStream)
        => async context =>
        {
            var stream = createStream(context) switch
            {
                Task<ISourceStream<TMessage>> task => await task.ConfigureAwait(false),
                ValueTask<ISourceStream<TMessage>> valueTask => await valueTask.ConfigureAwait(false),
                var other => (ISourceStream<TMessage>)other!,
            };
            return new SourceEventStream<TMessage>(stream);
        };
}
