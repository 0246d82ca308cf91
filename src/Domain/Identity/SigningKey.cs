namespace KtPortal.Domain.Identity;

/// <summary>
/// A key that signs access tokens. It is published in the JWKS from its creation, signs from
/// <see cref="NotBefore"/> until <see cref="RetireAt"/>, and stays published until <see cref="ExpiresAt"/>, when
/// no token it signed can still be valid. The private key is stored only in protected (encrypted) form.
/// </summary>
public sealed class SigningKey
{
    // For EF Core materialization.
    private SigningKey()
    {
        Kid = string.Empty;
        PublicKey = string.Empty;
        ProtectedPrivateKey = string.Empty;
    }

    /// <summary>Creates a key record.</summary>
    /// <param name="kid">The key id published in the JWKS and in each token's header.</param>
    /// <param name="algorithm">The algorithm the key signs with.</param>
    /// <param name="publicKey">The public key as base64 SubjectPublicKeyInfo (DER).</param>
    /// <param name="protectedPrivateKey">The private key, already encrypted for storage.</param>
    /// <param name="createdAt">When the key was made, and published.</param>
    /// <param name="notBefore">When it starts to sign.</param>
    /// <param name="retireAt">When it stops signing.</param>
    /// <param name="expiresAt">When it leaves the JWKS.</param>
    public SigningKey(string kid, SigningAlgorithm algorithm, string publicKey, string protectedPrivateKey,
        DateTimeOffset createdAt, DateTimeOffset notBefore, DateTimeOffset retireAt, DateTimeOffset expiresAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kid);
        ArgumentException.ThrowIfNullOrWhiteSpace(publicKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(protectedPrivateKey);
        if (!(createdAt <= notBefore && notBefore < retireAt && retireAt <= expiresAt))
        {
            throw new ArgumentException("A key is created, then signs, then retires, then expires, in that order.");
        }

        Kid = kid;
        Algorithm = algorithm;
        PublicKey = publicKey;
        ProtectedPrivateKey = protectedPrivateKey;
        CreatedAt = createdAt;
        NotBefore = notBefore;
        RetireAt = retireAt;
        ExpiresAt = expiresAt;
    }

    /// <summary>The key id.</summary>
    public string Kid { get; private set; }

    /// <summary>The algorithm the key signs with.</summary>
    public SigningAlgorithm Algorithm { get; private set; }

    /// <summary>The public key as base64 SubjectPublicKeyInfo (DER).</summary>
    public string PublicKey { get; private set; }

    /// <summary>The private key in protected form; only the API's Data Protection keys can read it.</summary>
    public string ProtectedPrivateKey { get; private set; }

    /// <summary>When the key was made and first published.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the key starts to sign.</summary>
    public DateTimeOffset NotBefore { get; private set; }

    /// <summary>When the key stops signing.</summary>
    public DateTimeOffset RetireAt { get; private set; }

    /// <summary>When the key leaves the JWKS.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>
    /// Keeps the key signing until <paramref name="retireAt"/>, when its successor could not be published early
    /// enough (the rotation job did not run for a while): better an older key than an unannounced one.
    /// </summary>
    public void ExtendSigning(DateTimeOffset retireAt, DateTimeOffset expiresAt)
    {
        if (retireAt < RetireAt || expiresAt < retireAt)
        {
            throw new ArgumentException("A key's signing can only be extended, and it expires after it retires.");
        }

        RetireAt = retireAt;
        ExpiresAt = expiresAt > ExpiresAt ? expiresAt : ExpiresAt;
    }

    /// <summary>Whether the key signs new tokens at <paramref name="now"/>.</summary>
    public bool SignsAt(DateTimeOffset now) => NotBefore <= now && now < RetireAt;

    /// <summary>Whether the key is in the JWKS at <paramref name="now"/>.</summary>
    public bool IsPublishedAt(DateTimeOffset now) => now < ExpiresAt;
}
