using System.Text.Json;

namespace KtPortal.Api.OAuth.Jose;

/// <summary>
/// Validates a JWT access token per RFC 9068 §4: the header first (type, algorithm, key), then the signature,
/// then the claims. The key lookup is the caller's, so that keys can come from the database.
/// https://www.rfc-editor.org/rfc/rfc9068#section-4
/// </summary>
internal static class AccessTokenValidation
{
    /// <summary>The media type RFC 9068 §2.1 gives access tokens, as the <c>typ</c> header.</summary>
    public const string TokenType = "at+jwt";

    /// <summary>Checks the header, then the signature against the key <paramref name="findKey"/> returns.</summary>
    public static async ValueTask<AccessTokenValidationResult> ValidateAsync(
        string? token,
        Func<string, ValueTask<JwsKey?>> findKey,
        string issuer,
        string audience,
        DateTimeOffset now,
        TimeSpan clockSkew)
    {
        if (!JwsCompact.TryParse(token, out var jws))
        {
            return AccessTokenValidationResult.Invalid(AccessTokenValidationFailure.Malformed);
        }

        // RFC 8725 §3.1: only the algorithms we issue are accepted, so "none" and HS256-with-a-public-key fail here.
        if (!JwsAlgorithms.TryParse(jws!.Algorithm, out var algorithm))
        {
            return AccessTokenValidationResult.Invalid(AccessTokenValidationFailure.UnsupportedAlgorithm);
        }

        // RFC 9068 §4: the typ header MUST be at+jwt or application/at+jwt (media types are case-insensitive).
        if (!IsAccessTokenType(jws.Type))
        {
            return AccessTokenValidationResult.Invalid(AccessTokenValidationFailure.WrongType);
        }

        // RFC 7515 §4.1.11: a crit extension the recipient does not understand makes the JWS invalid.
        if (jws.HasCritical)
        {
            return AccessTokenValidationResult.Invalid(AccessTokenValidationFailure.CriticalHeader);
        }

        var key = jws.Kid is null ? null : await findKey(jws.Kid);
        if (key is null || key.Algorithm != algorithm)
        {
            return AccessTokenValidationResult.Invalid(AccessTokenValidationFailure.UnknownKey);
        }

        if (!key.Verify(jws.SigningInput, jws.Signature))
        {
            return AccessTokenValidationResult.Invalid(AccessTokenValidationFailure.BadSignature);
        }

        return ValidateClaims(jws.Payload, issuer, audience, now, clockSkew);
    }

    private static bool IsAccessTokenType(string? type) =>
        string.Equals(type, TokenType, StringComparison.OrdinalIgnoreCase)
        || string.Equals(type, "application/" + TokenType, StringComparison.OrdinalIgnoreCase);

    private static AccessTokenValidationResult ValidateClaims(byte[] payload, string issuer, string audience, DateTimeOffset now, TimeSpan clockSkew)
    {
        JsonElement claims;
        try
        {
            using var document = JsonDocument.Parse(payload, JwsCompact.ReaderOptions);
            claims = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return AccessTokenValidationResult.Invalid(AccessTokenValidationFailure.Malformed);
        }

        if (claims.ValueKind != JsonValueKind.Object)
        {
            return AccessTokenValidationResult.Invalid(AccessTokenValidationFailure.Malformed);
        }

        // RFC 9068 §2.2: iss, exp, aud, sub, client_id, iat and jti are required.
        if (!HasString(claims, "sub") || !HasString(claims, "client_id") || !HasString(claims, "jti")
            || !TryGetTime(claims, "iat", out var issuedAt))
        {
            return AccessTokenValidationResult.Invalid(AccessTokenValidationFailure.MissingClaim);
        }

        if (!claims.TryGetProperty("iss", out var iss) || iss.ValueKind != JsonValueKind.String
            || !string.Equals(iss.GetString(), issuer, StringComparison.Ordinal))
        {
            return AccessTokenValidationResult.Invalid(AccessTokenValidationFailure.WrongIssuer);
        }

        if (!HasAudience(claims, audience))
        {
            return AccessTokenValidationResult.Invalid(AccessTokenValidationFailure.WrongAudience);
        }

        if (!TryGetTime(claims, "exp", out var expires) || now - clockSkew >= expires)
        {
            return AccessTokenValidationResult.Invalid(AccessTokenValidationFailure.Expired);
        }

        if (issuedAt > now + clockSkew || (TryGetTime(claims, "nbf", out var notBefore) && notBefore > now + clockSkew))
        {
            return AccessTokenValidationResult.Invalid(AccessTokenValidationFailure.NotYetValid);
        }

        return AccessTokenValidationResult.Valid(claims);
    }

    private static bool HasString(JsonElement claims, string name) =>
        claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0;

    // RFC 7519 §2: a NumericDate is seconds since the epoch, possibly fractional.
    private static bool TryGetTime(JsonElement claims, string name, out DateTimeOffset time)
    {
        time = default;
        if (!claims.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Number
            || !value.TryGetDouble(out var seconds) || !double.IsFinite(seconds) || seconds < 0 || seconds > 253402300799)
        {
            return false;
        }

        time = DateTimeOffset.UnixEpoch.AddSeconds(seconds);
        return true;
    }

    // RFC 7519 §4.1.3: aud is a string or an array of strings, and must contain our identifier.
    private static bool HasAudience(JsonElement claims, string audience)
    {
        if (!claims.TryGetProperty("aud", out var aud))
        {
            return false;
        }

        return aud.ValueKind switch
        {
            JsonValueKind.String => string.Equals(aud.GetString(), audience, StringComparison.Ordinal),
            JsonValueKind.Array => aud.EnumerateArray().Any(item =>
                item.ValueKind == JsonValueKind.String && string.Equals(item.GetString(), audience, StringComparison.Ordinal)),
            _ => false,
        };
    }
}
