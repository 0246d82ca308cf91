namespace KtPortal.Api.OAuth.Jose;

/// <summary>Why an access token was refused. Logged for operators; callers only ever learn "invalid".</summary>
internal enum AccessTokenValidationFailure
{
    /// <summary>Not a compact JWS with a JSON header and a JSON object payload.</summary>
    Malformed,

    /// <summary><c>alg</c> is <c>none</c>, or anything but RS256 and ES256.</summary>
    UnsupportedAlgorithm,

    /// <summary><c>typ</c> is not <c>at+jwt</c>.</summary>
    WrongType,

    /// <summary>The header has a <c>crit</c> extension we do not understand.</summary>
    CriticalHeader,

    /// <summary><c>kid</c> names no published key, or a key of another algorithm.</summary>
    UnknownKey,

    /// <summary>The signature does not verify.</summary>
    BadSignature,

    /// <summary><c>exp</c> is missing or past.</summary>
    Expired,

    /// <summary><c>nbf</c> or <c>iat</c> is in the future.</summary>
    NotYetValid,

    /// <summary><c>iss</c> is not this server.</summary>
    WrongIssuer,

    /// <summary><c>aud</c> does not name this API.</summary>
    WrongAudience,

    /// <summary>A claim RFC 9068 requires is missing or has the wrong type.</summary>
    MissingClaim,
}
