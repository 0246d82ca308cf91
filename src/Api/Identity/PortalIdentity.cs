using KtPortal.Domain.Identity;
using KtPortal.Domain.Persistence;

namespace KtPortal.Api.Identity;

/// <summary>ASP.NET Core Identity for portal users, stored in <see cref="PortalDbContext"/>.</summary>
public static class PortalIdentity
{
    /// <summary>How many failed sign-ins in a row lock an account.</summary>
    public const int MaxFailedAccessAttempts = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public static TimeSpan LockoutDuration { get; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Adds Identity's user manager with the framework's PBKDF2 password hasher, lockout after
    /// <see cref="MaxFailedAccessAttempts"/> failures for <see cref="LockoutDuration"/>, unique emails, and passwords of
    /// at least 12 characters without composition rules.
    /// No Identity roles: roles belong to memberships.
    /// </summary>
    public static IServiceCollection AddPortalIdentity(this IServiceCollection services)
    {
        services.AddIdentityCore<User>(options =>
            {
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedAccessAttempts;
                options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
                options.User.RequireUniqueEmail = true;
                // NIST SP 800-63B §3.1.1.2: length, not composition rules.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
            })
            .AddEntityFrameworkStores<PortalDbContext>();
        return services;
    }
}
