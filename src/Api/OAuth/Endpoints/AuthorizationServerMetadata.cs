using System.Text.Json.Serialization;

namespace KtPortal.Api.OAuth.Endpoints;

/// <summary>
/// The server's metadata (RFC 8414 §2, OpenID Connect Discovery 1.0 §3), served at both discovery addresses.
/// https://www.rfc-editor.org/rfc/rfc8414#section-2
/// </summary>
public sealed record AuthorizationServerMetadata
{
    /// <summary>The issuer identifier.</summary>
    [JsonPropertyName("issuer")]
    public required string Issuer { get; init; }

    /// <summary>The authorization endpoint (code flow with PKCE).</summary>
    [JsonPropertyName("authorization_endpoint")]
    public required string AuthorizationEndpoint { get; init; }

    /// <summary>The OpenID Connect UserInfo endpoint.</summary>
    [JsonPropertyName("userinfo_endpoint")]
    public required string UserInfoEndpoint { get; init; }

    /// <summary>The RP-initiated logout endpoint.</summary>
    [JsonPropertyName("end_session_endpoint")]
    public required string EndSessionEndpoint { get; init; }

    /// <summary>The scopes clients may ask for.</summary>
    [JsonPropertyName("scopes_supported")]
    public required IReadOnlyList<string> ScopesSupported { get; init; }

    /// <summary>The claims the ID token and UserInfo may carry.</summary>
    [JsonPropertyName("claims_supported")]
    public required IReadOnlyList<string> ClaimsSupported { get; init; }

    /// <summary>How authorization responses are returned: in the query only.</summary>
    [JsonPropertyName("response_modes_supported")]
    public required IReadOnlyList<string> ResponseModesSupported { get; init; }

    /// <summary>The token endpoint.</summary>
    [JsonPropertyName("token_endpoint")]
    public required string TokenEndpoint { get; init; }

    /// <summary>The JWKS with the keys that sign access tokens.</summary>
    [JsonPropertyName("jwks_uri")]
    public required string JwksUri { get; init; }

    /// <summary>The introspection endpoint (RFC 7662).</summary>
    [JsonPropertyName("introspection_endpoint")]
    public required string IntrospectionEndpoint { get; init; }

    /// <summary>The revocation endpoint (RFC 7009).</summary>
    [JsonPropertyName("revocation_endpoint")]
    public required string RevocationEndpoint { get; init; }

    /// <summary>The grant types served.</summary>
    [JsonPropertyName("grant_types_supported")]
    public required IReadOnlyList<string> GrantTypesSupported { get; init; }

    /// <summary>The response types of the authorization endpoint: <c>code</c> only.</summary>
    [JsonPropertyName("response_types_supported")]
    public required IReadOnlyList<string> ResponseTypesSupported { get; init; }

    /// <summary>How clients authenticate at the token endpoint.</summary>
    [JsonPropertyName("token_endpoint_auth_methods_supported")]
    public required IReadOnlyList<string> TokenEndpointAuthMethodsSupported { get; init; }

    /// <summary>How clients authenticate at the introspection endpoint.</summary>
    [JsonPropertyName("introspection_endpoint_auth_methods_supported")]
    public required IReadOnlyList<string> IntrospectionEndpointAuthMethodsSupported { get; init; }

    /// <summary>How clients authenticate at the revocation endpoint.</summary>
    [JsonPropertyName("revocation_endpoint_auth_methods_supported")]
    public required IReadOnlyList<string> RevocationEndpointAuthMethodsSupported { get; init; }

    /// <summary>PKCE methods: S256 only (RFC 9700 §2.1.1).</summary>
    [JsonPropertyName("code_challenge_methods_supported")]
    public required IReadOnlyList<string> CodeChallengeMethodsSupported { get; init; }

    /// <summary>Authorization responses carry <c>iss</c> (RFC 9207).</summary>
    [JsonPropertyName("authorization_response_iss_parameter_supported")]
    public required bool AuthorizationResponseIssParameterSupported { get; init; }

    /// <summary>The algorithms that sign access tokens (RS256, ES256).</summary>
    [JsonPropertyName("access_token_signing_alg_values_supported")]
    public required IReadOnlyList<string> AccessTokenSigningAlgValuesSupported { get; init; }

    /// <summary>The algorithm that signs ID tokens: RS256.</summary>
    [JsonPropertyName("id_token_signing_alg_values_supported")]
    public required IReadOnlyList<string> IdTokenSigningAlgValuesSupported { get; init; }

    /// <summary>OpenID Connect Discovery 1.0 requires it.</summary>
    [JsonPropertyName("subject_types_supported")]
    public required IReadOnlyList<string> SubjectTypesSupported { get; init; }
}
