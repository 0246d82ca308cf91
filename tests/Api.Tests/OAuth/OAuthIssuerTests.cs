using KtPortal.Api.OAuth;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace KtPortal.Api.Tests.OAuth;

public sealed class OAuthIssuerTests
{
    private static DefaultHttpContext Request(string host, string pathBase = "")
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "https";
        context.Request.Host = new HostString(host);
        context.Request.PathBase = pathBase;
        return context;
    }

    [Fact]
    public void Resolve_Configured_WinsOverTheRequestsHost()
    {
        var issuer = new OAuthIssuer(Options.Create(new OAuthServerOptions { Issuer = new Uri("https://auth.example.test/") }));

        Assert.Equal("https://auth.example.test", issuer.Resolve(Request("evil.example.test").Request));
    }

    [Fact]
    public void Resolve_NotConfigured_IsTheRequestsSchemeHostAndPathBase()
    {
        var issuer = new OAuthIssuer(Options.Create(new OAuthServerOptions()));

        Assert.Equal("https://portal.example.test/api", issuer.Resolve(Request("portal.example.test", "/api").Request));
    }
}
