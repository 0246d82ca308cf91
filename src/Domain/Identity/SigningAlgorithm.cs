namespace KtPortal.Domain.Identity;

/// <summary>
/// The JWS algorithms that sign access tokens (RFC 7518 §3.1).
/// https://www.rfc-editor.org/rfc/rfc7518#section-3.1
/// </summary>
public enum SigningAlgorithm
{
    /// <summary>RSASSA-PKCS1-v1_5 with SHA-256; RFC 9068 requires every server to support it.</summary>
    Rs256,

    /// <summary>ECDSA on P-256 with SHA-256.</summary>
    Es256,
}
