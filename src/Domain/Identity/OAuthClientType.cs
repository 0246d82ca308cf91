namespace KtPortal.Domain.Identity;

/// <summary>
/// Whether a client can keep a secret (RFC 6749 §2.1).
/// https://www.rfc-editor.org/rfc/rfc6749#section-2.1
/// </summary>
public enum OAuthClientType
{
    /// <summary>A server-side client that authenticates with a secret.</summary>
    Confidential,

    /// <summary>A browser or native client that cannot keep a secret.</summary>
    Public,
}
