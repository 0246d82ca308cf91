using Microsoft.Extensions.DependencyInjection.Extensions;
using MimeKit;

namespace KtPortal.Api.Notifications;

/// <summary>Registers the mail outbox, its SMTP sender and the scope of in-app notifications.</summary>
public static class Notifications
{
    /// <summary>
    /// Adds <see cref="IMailOutbox"/> over PostgreSQL, the <see cref="NotificationListener"/> that pushes new
    /// notifications to subscriptions, the <see cref="MailSender"/> job (configured from <c>Smtp</c>;
    /// it runs only when <c>Smtp:Host</c> is set, so without it mails stay in the outbox) and the scope of in-app
    /// notifications. Bad SMTP settings stop start-up with the setting named. With a sender, <c>/healthz</c> also
    /// reports <c>mail</c> (<see cref="MailHealthCheck"/>).
    /// </summary>
    public static IServiceCollection AddPortalNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmtpOptions>()
            .Bind(configuration.GetSection(SmtpOptions.SectionName))
            .Validate(o => !o.Enabled || (o.From is { } from && MailboxAddress.TryParse(from, out var address)
                    && address.Address == from.Trim() && address.Address.IndexOf('@') > 0),
                "Smtp:From must be the sender's email address when Smtp:Host is set.")
            .Validate(o => o.Port is >= 1 and <= 65535, "Smtp:Port must be 1 to 65535.")
            .Validate(o => string.IsNullOrEmpty(o.Username) || !string.IsNullOrEmpty(o.Password), "Smtp:Password must be set with Smtp:Username.")
            .Validate(o => o.PollInterval >= TimeSpan.FromSeconds(1), "Smtp:PollInterval must be at least one second.")
            .Validate(o => o.BatchSize is >= 1 and <= 1_000, "Smtp:BatchSize must be 1 to 1,000.")
            .Validate(o => o.MaxAttempts is >= 1 and <= 100, "Smtp:MaxAttempts must be 1 to 100.")
            .Validate(o => o.Timeout >= TimeSpan.FromSeconds(1), "Smtp:Timeout must be at least one second.")
            .Validate(o => o.ClaimLease >= TimeSpan.FromMinutes(1) && o.ClaimLease > o.Timeout * 3,
                "Smtp:ClaimLease must be at least one minute and more than three times Smtp:Timeout.")
            .Validate(o => o.StaleAfter >= TimeSpan.FromMinutes(1) && o.StaleAfter > o.PollInterval,
                "Smtp:StaleAfter must be at least one minute and more than Smtp:PollInterval.")
            .Validate(o => o.RetainFor >= TimeSpan.FromDays(1), "Smtp:RetainFor must be at least one day.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IMailOutbox, PostgresMailOutbox>();
        services.AddSingleton<MailSender>();
        services.AddHostedService(provider => provider.GetRequiredService<MailSender>());
        if (configuration.GetSection(SmtpOptions.SectionName).Get<SmtpOptions>() is { Enabled: true })
        {
            // Without a sender, mails are meant to wait, so only a configured sender is watched.
            services.AddHealthChecks().AddCheck<MailHealthCheck>("mail");
        }

        services.AddSingleton<GraphQL.NotificationScope>();

        // Real-time delivery: each node hears new notifications from PostgreSQL and pushes them to its own subscribers.
        services.AddSingleton<NotificationBus>();
        services.AddSingleton<NotificationListener>();
        services.AddHostedService(provider => provider.GetRequiredService<NotificationListener>());
        return services;
    }
}
