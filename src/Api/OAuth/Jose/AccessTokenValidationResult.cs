using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace KtPortal.Api.OAuth.Jose;

/// <summary>The outcome of validating an access token: its claims, or why it was refused.</summary>
internal sealed class AccessTokenValidationResult
{
    private AccessTokenValidationResult(JsonElement? claims, AccessTokenValidationFailure? failure)
    {
        Claims = claims;
        Failure = failure;
    }

    /// <summary>The payload (a detached copy), when the token is valid.</summary>
    public JsonElement? Claims { get; }

    /// <summary>Why the token was refused, when it was.</summary>
    public AccessTokenValidationFailure? Failure { get; }

    [MemberNotNullWhen(true, nameof(Claims))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool IsValid => Claims is not null;

    public static AccessTokenValidationResult Valid(JsonElement claims) => new(claims, null);

    public static AccessTokenValidationResult Invalid(AccessTokenValidationFailure failure) => new(null, failure);
}
