using System.Security.Cryptography;
using System.Text;

namespace KtPortal.GraphQL.AspNetCore.Persisted;

/// <summary>SHA-256 document identifiers: computing them and reading them from requests.</summary>
public static class DocumentIds
{
    /// <summary>The prefix of a SHA256 hex document identifier.</summary>
    public const string Sha256Prefix = "sha256:";

    private const int HexLength = 64;

    private static readonly System.Buffers.SearchValues<char> HexDigits =
        System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>The SHA256 hex document identifier of <paramref name="document"/>: <c>sha256:</c> and 64 hex digits.</summary>
    // https://github.com/graphql/graphql-over-http/blob/main/spec/Appendix%20A%20--%20Persisted%20Documents.md#sha256-hex-document-identifier
    public static string Compute(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Sha256Prefix + ComputeHex(Encoding.UTF8.GetBytes(document));
    }

    /// <summary>The lower-case hex SHA-256 of <paramref name="utf8"/>.</summary>
    public static string ComputeHex(ReadOnlySpan<byte> utf8)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8, hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>
    /// Reads <c>sha256:&lt;hex&gt;</c>, or a bare 64-digit hex hash (the custom form many clients send), as the
    /// canonical <c>sha256:&lt;lower-case hex&gt;</c>.
    /// </summary>
    public static bool TryNormalize(string? id, out string canonical)
    {
        canonical = string.Empty;
        if (id is null)
        {
            return false;
        }

        var hex = id.StartsWith(Sha256Prefix, StringComparison.Ordinal) ? id.AsSpan(Sha256Prefix.Length) : id.AsSpan();
        if (!IsHash(hex))
        {
            return false;
        }

        canonical = Sha256Prefix + hex.ToString().ToLowerInvariant();
        return true;
    }

    /// <summary>Whether <paramref name="hex"/> is 64 hexadecimal digits.</summary>
    public static bool IsHash(ReadOnlySpan<char> hex) => hex.Length == HexLength && !hex.ContainsAnyExcept(HexDigits);
}
