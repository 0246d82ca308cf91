using System.Text.Json.Serialization;

namespace KtPortal.Api.OAuth.Endpoints;

/// <summary>
/// An introspection response (RFC 7662 §2.2). An inactive token gets <c>{"active":false}</c> and nothing else.
/// https://www.rfc-editor.org/rfc/rfc7662#section-2.2
/// </summary>
public sealed record IntrospectionResponse
{
    /// <summary>An inactive token's response.</summary>
    public static IntrospectionResponse Inactive { get; } = new() { Active = false };

    /// <summary>Whether the token is valid, unexpired and not revoked.</summary>
    [JsonPropertyName("active")]
    public required bool Active { get; init; }

    /// <summary>The granted scopes.</summary>
    [JsonPropertyName("scope"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Scope { get; init; }

    /// <summary>The client the token was issued to.</summary>
    [JsonPropertyName("client_id"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ClientId { get; init; }

    /// <summary>Always <c>Bearer</c> for an active token.</summary>
    [JsonPropertyName("token_type"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TokenType { get; init; }

    /// <summary>Expiry, seconds since the epoch.</summary>
    [JsonPropertyName("exp"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Exp { get; init; }

    /// <summary>Issue time, seconds since the epoch.</summary>
    [JsonPropertyName("iat"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Iat { get; init; }

    /// <summary>The subject.</summary>
    [JsonPropertyName("sub"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Sub { get; init; }

    /// <summary>The audience.</summary>
    [JsonPropertyName("aud"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Aud { get; init; }

    /// <summary>The issuer.</summary>
    [JsonPropertyName("iss"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Iss { get; init; }

    /// <summary>The token's id.</summary>
    [JsonPropertyName("jti"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Jti { get; init; }

    /// <summary>The organization the token acts for.</summary>
    [JsonPropertyName("org_id"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OrganizationId { get; init; }
}
