using Microsoft.AspNetCore.Authorization;

namespace KtPortal.Api.Audit;

/// <summary>Registers the audit log and the staff policy that guards reading it.</summary>
public static class Auditing
{
    /// <summary>Adds <see cref="AuditLog"/> and the <c>staff</c> policy.</summary>
    public static IServiceCollection AddPortalAudit(this IServiceCollection services)
    {
        services.AddSingleton<AuditLog>();
        services.AddSingleton<IAuthorizationHandler, StaffPolicy>();
        services.AddAuthorization(StaffPolicy.Add);
        return services;
    }
}
