using KtPortal.Api.Identity.EmailConfirmation;
using KtPortal.Api.Identity.Invitations;
using KtPortal.Api.Identity.Login;
using KtPortal.Api.Identity.Members;
using KtPortal.Api.Identity.PasswordReset;
using KtPortal.Domain.Identity;
using KtPortal.Domain.Persistence;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KtPortal.Api.Identity;

/// <summary>ASP.NET Core Identity for portal users, stored in <see cref="PortalDbContext"/>.</summary>
public static class PortalIdentity
{
    /// <summary>How many failed sign-ins in a row lock an account.</summary>
    public const int MaxFailedAccessAttempts = 5;

    /// <summary>The path the login session's cookies are scoped to: the authorization server's pages.</summary>
    public const string CookiePath = "/oauth";

    /// <summary>How long a locked account stays locked.</summary>
    public static TimeSpan LockoutDuration { get; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Adds Identity's user manager with the framework's PBKDF2 password hasher, lockout after
    /// <see cref="MaxFailedAccessAttempts"/> failures for <see cref="LockoutDuration"/>, unique emails, and passwords of
    /// at least 12 characters without composition rules; its sign-in manager with the login session's cookies; the
    /// second factor; and login throttling.
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
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddAuthentication().AddIdentityCookies(cookies =>
        {
            cookies.ApplicationCookie!.Configure(options =>
            {
                ConfigureCookie(options, "ktportal.login", TimeSpan.FromHours(8));
                options.Events.OnSigningIn = LoginSessionClaims.AddAuthTimeAsync;
            });
            cookies.TwoFactorUserIdCookie!.Configure(options => ConfigureCookie(options, "ktportal.login.2fa", TimeSpan.FromMinutes(5)));
        });

        // The login cookie is checked against the user's security stamp on every request, not every 30 minutes (Identity's
        // default): a password reset or change replaces the stamp, so a cookie opened before it, perhaps by whoever knew
        // the old password, can get no new authorization code. The check rebuilds the principal, which keeps how and
        // when the user signed in (amr, auth_time) only because OnRefreshingPrincipal copies them over.
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.Zero;
            options.OnRefreshingPrincipal = LoginSessionClaims.KeepAsync;
        });

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "ktportal.login.csrf";
            // The account pages (/account/...) post forms too, so the antiforgery cookie cannot stay under /oauth.
            options.Cookie.Path = "/";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.FormFieldName = "__csrf";
        });

        services.AddScoped<AuthenticatorVerifier>();
        services.AddSingleton<RecoveryCodes>();
        services.AddScoped<PasswordResets>();
        services.AddScoped<EmailConfirmations>();
        services.AddSingleton<InvitationService>();
        services.AddSingleton<InvitationAcceptance>();
        services.AddSingleton<MemberService>();
        // Unless Redis registered the shared throttle first.
        services.TryAddSingleton<ILoginThrottle, InMemoryLoginThrottle>();
        return services;
    }

    // The login session: only the authorization server's paths see it, it is not readable by script, and it is sent
    // on top-level navigations from the client (SameSite=Lax), which is how a client starts the code flow.
    private static void ConfigureCookie(CookieAuthenticationOptions options, string name, TimeSpan lifetime)
    {
        options.Cookie.Name = name;
        options.Cookie.Path = CookiePath;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = lifetime;
        options.SlidingExpiration = false;
        options.LoginPath = "/oauth/login";
    }
}
