using KtPortal.Api.Identity.EmailConfirmation;
using KtPortal.Api.Identity.Invitations;
using KtPortal.Api.Identity.Login;
using KtPortal.Api.Identity.PasswordReset;
using KtPortal.Api.OAuth.Authorization;
using KtPortal.Api.OAuth.Clients;
using KtPortal.Api.OAuth.Endpoints;
using KtPortal.Api.OAuth.Keys;
using KtPortal.Api.OAuth.PersonalTokens;
using KtPortal.Api.OAuth.Sessions;
using KtPortal.Api.OAuth.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace KtPortal.Api.OAuth;

/// <summary>Registers and maps the OAuth 2.1 authorization server and the API's bearer authentication.</summary>
public static class OAuthServer
{
    /// <summary>Adds the server's services, Data Protection (keys in PostgreSQL) and the <c>Bearer</c> scheme.</summary>
    public static IServiceCollection AddPortalOAuthServer(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<OAuthServerOptions>()
            .Bind(configuration.GetSection(OAuthServerOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<OAuthServerOptions>, OAuthServerOptionsValidator>();
        services.AddDataProtection().SetApplicationName("KtPortal");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(
            options => options.XmlRepository = new PostgresXmlRepository(provider.GetRequiredService<NpgsqlDataSource>())));

        services.AddSingleton<OAuthIssuer>();
        services.AddSingleton<SigningKeyProtector>();
        services.AddSingleton<SigningKeyRotator>();
        services.AddSingleton<SigningKeyRing>();
        services.AddSingleton<AccessTokenVerifier>();
        services.AddSingleton<AccessTokenPrincipals>();
        services.AddScoped<ClientAuthenticator>();
        services.AddScoped<AccessTokenIssuer>();
        services.AddSingleton<IdTokenIssuer>();
        services.AddSingleton<AuthorizationCodes>();
        services.AddSingleton<ConsentStore>();
        services.AddSingleton<TokenFamilies>();
        services.AddSingleton<SessionService>();
        services.AddSingleton<PersonalAccessTokenService>();
        services.AddScoped<AuthorizationCodeGrant>();
        services.AddScoped<RefreshTokenGrant>();
        services.AddSingleton<OAuthHousekeeping>();
        services.AddHostedService(provider => provider.GetRequiredService<OAuthHousekeeping>());

        services.AddAuthentication(BearerAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerAuthenticationHandler>(BearerAuthenticationHandler.SchemeName, configureOptions: null);
        return services;
    }

    /// <summary>Maps discovery, JWKS, the authorization endpoint and its login pages, token, introspection, revocation, userinfo and logout.</summary>
    public static IEndpointRouteBuilder MapPortalOAuthServer(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(DiscoveryEndpoint.OAuthPath, DiscoveryEndpoint.Handle);
        endpoints.MapGet(DiscoveryEndpoint.OpenIdPath, DiscoveryEndpoint.Handle);
        endpoints.MapGet(JwksEndpoint.Path, JwksEndpoint.HandleAsync);

        // RFC 6749 §5.1: token responses, and so the other endpoints' answers, must not be cached.
        var group = endpoints.MapGroup(string.Empty).AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.CacheControl = "no-store";
            context.HttpContext.Response.Headers.Pragma = "no-cache";
            return await next(context);
        });
        group.MapPost(TokenEndpoint.Path, TokenEndpoint.HandleAsync).DisableAntiforgery();
        group.MapPost(IntrospectionEndpoint.Path, IntrospectionEndpoint.HandleAsync).DisableAntiforgery();
        group.MapPost(RevocationEndpoint.Path, RevocationEndpoint.HandleAsync).DisableAntiforgery();
        group.MapMethods(UserInfoEndpoint.Path, [HttpMethods.Get, HttpMethods.Post], UserInfoEndpoint.HandleAsync).DisableAntiforgery();
        endpoints.MapMethods(EndSessionEndpoint.Path, [HttpMethods.Get, HttpMethods.Post], EndSessionEndpoint.HandleAsync).DisableAntiforgery();
        AuthorizationEndpoint.Map(endpoints);
        LoginEndpoints.Map(endpoints);
        PasswordResetEndpoints.Map(endpoints);
        EmailConfirmationEndpoints.Map(endpoints);
        InvitationEndpoints.Map(endpoints);
        return endpoints;
    }
}
