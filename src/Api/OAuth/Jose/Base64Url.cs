namespace KtPortal.Api.OAuth.Jose;

/// <summary>
/// Base64url without padding, as JWS uses it (RFC 7515 §2, §C).
/// https://www.rfc-editor.org/rfc/rfc7515#appendix-C
/// </summary>
internal static class Base64Url
{
    public static string Encode(ReadOnlySpan<byte> data) => System.Buffers.Text.Base64Url.EncodeToString(data);

    /// <summary>Decodes strict base64url: no padding, no whitespace, no characters outside the alphabet.</summary>
    public static bool TryDecode(ReadOnlySpan<char> text, out byte[] data)
    {
        data = [];
        if (text.IsEmpty)
        {
            return true;
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        // A length of 1 mod 4 cannot come from any byte sequence.
        if (text.Length % 4 == 1)
        {
            return false;
        }

        var buffer = new byte[System.Buffers.Text.Base64Url.GetMaxDecodedLength(text.Length)];
        if (!System.Buffers.Text.Base64Url.TryDecodeFromChars(text, buffer, out var written))
        {
            return false;
        }

        data = buffer.AsSpan(0, written).ToArray();
        return true;
    }
}
