using KtPortal.GraphQL;

namespace KtPortal.Api.Tests.Infrastructure.Redis;

/// <summary>A test-only subscription on a topic, so the API's own schema stays as it is.</summary>
[SubscriptionType]
public sealed class RedisTestSubscriptions
{
    /// <summary>The topic the field listens to.</summary>
    public const string Topic = "redisTestEvent";

    /// <summary>Each message sent to the topic.</summary>
    [Subscribe]
    [Topic(Topic)]
    public string RedisTestEvent([EventMessage] string message) => message;
}
