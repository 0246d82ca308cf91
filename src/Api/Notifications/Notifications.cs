using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KtPortal.Api.Notifications;

/// <summary>Registers the mail outbox.</summary>
public static class Notifications
{
    /// <summary>Adds <see cref="IMailOutbox"/> over PostgreSQL. No sender is registered yet: mails stay unsent.</summary>
    public static IServiceCollection AddPortalNotifications(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IMailOutbox, PostgresMailOutbox>();
        return services;
    }
}
