using System.Text.Json.Serialization;

namespace KtPortal.Api.OAuth;

/// <summary>An error response body (RFC 6749 §5.2).</summary>
/// <param name="Error">The error code.</param>
/// <param name="ErrorDescription">What was wrong with the request's syntax, for a developer; optional.</param>
public sealed record OAuthErrorResponse(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ErrorDescription = null);
