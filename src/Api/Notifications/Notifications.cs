using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KtPortal.Api.Notifications;

/// <summary>Registers the mail outbox.</summary>
public static class Notifications
{
    /// <summary>
    /// Adds <see cref="IMailOutbox"/> over PostgreSQL (no sender is registered yet: mails stay unsent) and the scope of
    /// in-app notifications.
    /// </summary>
    public static IServiceCollection AddPortalNotifications(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IMailOutbox, PostgresMailOutbox>();
        services.AddSingleton<GraphQL.NotificationScope>();
        return services;
    }
}
