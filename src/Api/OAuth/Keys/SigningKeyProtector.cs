using KtPortal.Api.OAuth.Jose;
using KtPortal.Domain.Identity;
using Microsoft.AspNetCore.DataProtection;

namespace KtPortal.Api.OAuth.Keys;

/// <summary>
/// Turns key pairs into <see cref="SigningKey"/> records and back. The private key is encrypted with ASP.NET Core
/// Data Protection before it reaches the database, and is never logged.
/// </summary>
internal sealed class SigningKeyProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("KtPortal.OAuth.SigningKeys.v1");

    public SigningKey Create(SigningAlgorithm algorithm, DateTimeOffset now, DateTimeOffset notBefore, DateTimeOffset retireAt, DateTimeOffset expiresAt)
    {
        using var key = JwsKey.Generate(algorithm);
        var privateKey = key.ExportPkcs8();
        try
        {
            return new SigningKey(
                key.Kid,
                algorithm,
                Convert.ToBase64String(key.ExportPublicKey()),
                Convert.ToBase64String(_protector.Protect(privateKey)),
                now,
                notBefore,
                retireAt,
                expiresAt);
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(privateKey);
        }
    }

    public JwsKey Unprotect(SigningKey record)
    {
        var privateKey = _protector.Unprotect(Convert.FromBase64String(record.ProtectedPrivateKey));
        try
        {
            return JwsKey.FromPkcs8(record.Kid, record.Algorithm, privateKey);
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(privateKey);
        }
    }
}
