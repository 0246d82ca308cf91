using KtPortal.Api.Infrastructure.Redis;
using KtPortal.GraphQL.Subscriptions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Subscriptions over Redis, registered as HotChocolate's <c>AddRedisSubscriptions</c> is.</summary>
public static class RedisRequestExecutorBuilderExtensions
{
    /// <summary>
    /// Registers one <see cref="RedisPubSub"/> as the <see cref="ITopicEventSender"/> and
    /// <see cref="ITopicEventReceiver"/>, in place of any other (such as <c>AddInMemorySubscriptions()</c>).
    /// </summary>
    /// <param name="builder">The GraphQL server's builder.</param>
    /// <param name="connection">Gives the Redis connection; the container, not the bus, owns it.</param>
    /// <param name="options">The bus's settings.</param>
    public static IRequestExecutorBuilder AddRedisSubscriptions(
        this IRequestExecutorBuilder builder,
        Func<IServiceProvider, IRedisConnection> connection,
        RedisPubSubOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(connection);
        builder.Services.RemoveAll<ITopicEventSender>();
        builder.Services.RemoveAll<ITopicEventReceiver>();
        builder.Services.TryAddSingleton(provider => new RedisPubSub(
            connection(provider), provider.GetRequiredService<ILogger<RedisPubSub>>(), options));
        builder.Services.AddSingleton<ITopicEventSender>(provider => provider.GetRequiredService<RedisPubSub>());
        builder.Services.AddSingleton<ITopicEventReceiver>(provider => provider.GetRequiredService<RedisPubSub>());
        return builder;
    }
}
