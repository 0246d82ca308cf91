using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KtPortal.Api.OAuth.Clients;

/// <summary>
/// Hashes client secrets with salted PBKDF2-HMAC-SHA256 and checks them in constant time. The stored form
/// names its algorithm and iteration count (<c>pbkdf2-sha256$100000$salt$hash</c>), so the cost can be raised
/// later without invalidating existing secrets. Generated secrets have 256 bits of entropy; PBKDF2 is for the
/// ones people choose (the demo secret, for one).
/// </summary>
internal static class ClientSecretHasher
{
    private const string Scheme = "pbkdf2-sha256";
    private const int Iterations = 100_000;
    private const int SaltSize = 16;
    private const int HashSize = 32;

    // Checked when the client does not exist, so that an unknown client_id costs as much as a wrong secret.
    private static readonly Lazy<string> Decoy = new(() => Hash(Convert.ToHexString(RandomNumberGenerator.GetBytes(16))));

    /// <summary>A new secret: 32 random bytes, base64url.</summary>
    public static string Generate() => Jose.Base64Url.Encode(RandomNumberGenerator.GetBytes(32));

    /// <summary>The storable hash of <paramref name="secret"/>.</summary>
    public static string Hash(string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        var salt = RandomNumberGenerator.GetBytes(SaltSize);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(secret), salt, Iterations, HashAlgorithmName.SHA256, HashSize);
        return string.Create(CultureInfo.InvariantCulture, $"{Scheme}${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    /// <summary>
    /// Whether <paramref name="secret"/> matches <paramref name="storedHash"/>. A null hash (no such client, or a
    /// public one) is compared against a decoy and fails, taking as long as a real check.
    /// </summary>
    public static bool Verify(string secret, string? storedHash)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var matches = VerifyCore(secret, storedHash ?? Decoy.Value);
        return matches && storedHash is not null;
    }

    private static bool VerifyCore(string secret, string storedHash)
    {
        var parts = storedHash.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
        {
            return false;
        }

        byte[] salt, expected;
        try
        {
            salt = Convert.FromBase64String(parts[2]);
            expected = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return false;
        }

        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(secret), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
