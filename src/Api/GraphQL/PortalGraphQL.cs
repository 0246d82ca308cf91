using KtPortal.Api.Audit;
using KtPortal.Api.Identity.EmailConfirmation;
using KtPortal.Api.Identity.GraphQL;
using KtPortal.Api.Identity.Invitations;
using KtPortal.Api.Identity.Members;
using KtPortal.Api.Identity.PasswordChange;
using KtPortal.Api.Identity.PasswordReset;
using KtPortal.Api.Notifications.GraphQL;
using KtPortal.Api.OAuth.Authorization.GraphQL;
using KtPortal.Api.OAuth.PersonalTokens.GraphQL;
using KtPortal.Api.OAuth.Sessions.GraphQL;
using KtPortal.Api.Plans.GraphQL;
using KtPortal.Api.Support;
using KtPortal.Api.Support.Dashboard;
using KtPortal.Api.Support.Sla.GraphQL;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KtPortal.Api.GraphQL;

/// <summary>The API's GraphQL schema: every module adds its types and root-field extensions here.</summary>
public static class PortalGraphQL
{
    /// <summary>Registers the schema and its executor.</summary>
    /// <param name="services">The application's services.</param>
    /// <param name="includeExceptionDetails">Whether unexpected errors show their exception (Development only).</param>
    public static IServiceCollection AddPortalGraphQL(this IServiceCollection services, bool includeExceptionDetails)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddPortalSupport();
        services.AddSingleton<DashboardReader>();
        services.AddGraphQLServer()
            .AddGlobalObjectIdentification()
            .AddTypeExtension<ServiceQueries>()
            .AddTypeExtension<ViewerQueries>()
            .AddTypeExtension<TwoFactorMutations>()
            .AddTypeExtension<PasswordResetMutations>()
            .AddTypeExtension<PasswordChangeMutations>()
            .AddTypeExtension<EmailConfirmationMutations>()
            .AddTypeExtension<InvitationMutations>()
            .AddTypeExtension<OrganizationInvitationQueries>()
            .AddTypeExtension<MemberMutations>()
            .AddTypeExtension<AuditQueries>()
            .AddTypeExtension<SessionQueries>()
            .AddTypeExtension<SessionMutations>()
            .AddTypeExtension<OrganizationSessionQueries>()
            .AddTypeExtension<PersonalAccessTokenQueries>()
            .AddTypeExtension<PersonalAccessTokenMutations>()
            .AddTypeExtension<ConsentQueries>()
            .AddTypeExtension<ConsentMutations>()
            .AddTypeExtension<TicketQueries>()
            .AddTypeExtension<TicketFields>()
            .AddTypeExtension<TicketMutations>()
            .AddTypeExtension<PlanQueries>()
            .AddTypeExtension<PlanMutations>()
            .AddTypeExtension<TimeMutations>()
            .AddTypeExtension<TicketTimeFields>()
            .AddType<NotificationType>()
            .AddTypeExtension<NotificationQueries>()
            .AddTypeExtension<NotificationMutations>()
            .AddTypeExtension<NotificationPreferenceMutations>()
            .AddTypeExtension<NotificationSubscriptions>()
            .AddTypeExtension<NotificationTicketField>()
            .AddTypeExtension<SlaPolicyQueries>()
            .AddTypeExtension<SlaPolicyMutations>()
            .AddTypeExtension<DashboardQueries>()
            .AddMutationConventions(applyToAllMutations: true)
            .AddTypeExtension<ServiceSubscriptions>()
            .AddTypeExtension<TicketSubscriptions>()
            .AddTypeExtension<PlanSubscriptions>()
            .AddInMemorySubscriptions()
            .ModifyRequestOptions(options => options.IncludeExceptionDetails = includeExceptionDetails);
        return services;
    }

    /// <summary>The schema as SDL, exactly as <c>schema/schema.graphql</c> must hold it.</summary>
    public static string PrintSchema(IServiceProvider services)
        => SchemaPrinter.Print(services.GetRequiredService<Schema>()) + "\n";

    /// <summary>The executor of the API's schema.</summary>
    public static IRequestExecutor Executor(IServiceProvider services) => services.GetRequiredService<IRequestExecutor>();
}
