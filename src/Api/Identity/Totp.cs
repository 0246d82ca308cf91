using System.Buffers.Binary;
using System.Security.Cryptography;

namespace KtPortal.Api.Identity;

/// <summary>
/// Time-based one-time passwords as authenticator apps compute them: HMAC-SHA1, six digits, 30-second steps
/// (RFC 6238 §4 over RFC 4226 §5.3), from the base32 key Identity's <c>UserManager</c> stores.
/// https://www.rfc-editor.org/rfc/rfc6238#section-4
/// </summary>
internal static class Totp
{
    /// <summary>The length of one time step.</summary>
    public static TimeSpan Step { get; } = TimeSpan.FromSeconds(30);

    /// <summary>The time step that <paramref name="time"/> falls in.</summary>
    public static long StepAt(DateTimeOffset time) => time.ToUnixTimeSeconds() / (long)Step.TotalSeconds;

    /// <summary>The six-digit code of <paramref name="step"/>.</summary>
    public static string Compute(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
        HMACSHA1.HashData(key, counter, hash);

        // RFC 4226 §5.3: dynamic truncation.
        var offset = hash[^1] & 0x0F;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7FFFFFFF) % 1_000_000;
        return binary.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The step, within one step either side of <paramref name="now"/> (RFC 6238 §5.2's allowed drift), whose code is
    /// <paramref name="code"/>; null when none is. Each candidate is compared in constant time.
    /// </summary>
    public static long? FindStep(byte[] key, string code, DateTimeOffset now)
    {
        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return null;
        }

        var current = StepAt(now);
        long? match = null;
        for (var step = current - 1; step <= current + 1; step++)
        {
            if (CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.ASCII.GetBytes(Compute(key, step)), System.Text.Encoding.ASCII.GetBytes(code)))
            {
                match ??= step;
            }
        }

        return match;
    }

    /// <summary>Decodes an RFC 4648 §6 base32 key (case-insensitive, padding and spaces ignored); null when invalid.</summary>
    public static byte[]? DecodeKey(string? base32)
    {
        if (string.IsNullOrWhiteSpace(base32))
        {
            return null;
        }

        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var output = new List<byte>(base32.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in base32.ToUpperInvariant())
        {
            if (c is '=' or ' ')
            {
                continue;
            }

            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                output.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return output.Count == 0 ? null : [.. output];
    }
}
