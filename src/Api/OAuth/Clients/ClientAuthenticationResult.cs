using System.Diagnostics.CodeAnalysis;
using KtPortal.Domain.Identity;

namespace KtPortal.Api.OAuth.Clients;

/// <summary>The authenticated client, or the RFC 6749 §5.2 error to answer with.</summary>
internal sealed class ClientAuthenticationResult
{
    private ClientAuthenticationResult(OAuthClient? client, string? error, bool usedBasic)
    {
        Client = client;
        Error = error;
        UsedBasic = usedBasic;
    }

    public OAuthClient? Client { get; }

    /// <summary><c>invalid_client</c> or <c>invalid_request</c>.</summary>
    public string? Error { get; }

    /// <summary>Whether the client tried HTTP Basic, which decides the <c>WWW-Authenticate</c> challenge.</summary>
    public bool UsedBasic { get; }

    [MemberNotNullWhen(true, nameof(Client))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Client is not null;

    public static ClientAuthenticationResult Success(OAuthClient client, bool usedBasic) => new(client, null, usedBasic);

    public static ClientAuthenticationResult Failure(string error, bool usedBasic) => new(null, error, usedBasic);
}
