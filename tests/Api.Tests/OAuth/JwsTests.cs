using System.Text;
using System.Text.Json;
using KtPortal.Api.OAuth.Jose;
using KtPortal.Domain.Identity;

namespace KtPortal.Api.Tests.OAuth;

public sealed class JwsTests : IDisposable
{
    private const string Issuer = "https://auth.example.test";
    private const string Audience = "ktportal-api";
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly JwsKey _rsa = JwsKey.Generate(SigningAlgorithm.Rs256);
    private readonly JwsKey _ec = JwsKey.Generate(SigningAlgorithm.Es256);

    public void Dispose()
    {
        _rsa.Dispose();
        _ec.Dispose();
    }

    private static byte[] Claims(Action<Dictionary<string, object>>? change = null)
    {
        var claims = new Dictionary<string, object>
        {
            ["iss"] = Issuer,
            ["sub"] = "partner-demo",
            ["aud"] = Audience,
            ["exp"] = Now.AddHours(1).ToUnixTimeSeconds(),
            ["iat"] = Now.ToUnixTimeSeconds(),
            ["jti"] = Guid.NewGuid().ToString(),
            ["client_id"] = "partner-demo",
            ["scope"] = "api:read",
        };
        change?.Invoke(claims);
        return JsonSerializer.SerializeToUtf8Bytes(claims);
    }

    private ValueTask<AccessTokenValidationResult> ValidateAsync(string token, DateTimeOffset? now = null, string issuer = Issuer, string audience = Audience) =>
        AccessTokenValidation.ValidateAsync(
            token,
            kid => ValueTask.FromResult(kid == _rsa.Kid ? _rsa : kid == _ec.Kid ? _ec : null),
            issuer,
            audience,
            now ?? Now,
            TimeSpan.FromSeconds(30));

    private static string Part(object value) => Base64Url.Encode(JsonSerializer.SerializeToUtf8Bytes(value));

    private static string WithHeader(string token, object header)
    {
        var parts = token.Split('.');
        return $"{Part(header)}.{parts[1]}.{parts[2]}";
    }

    [Fact]
    public async Task Sign_Rs256_ProducesAnAtJwtThatValidates()
    {
        var token = JwsCompact.Sign(_rsa, "at+jwt", Claims());

        var result = await ValidateAsync(token);

        Assert.True(result.IsValid, result.Failure?.ToString());
        Assert.Equal("partner-demo", result.Claims.Value.GetProperty("client_id").GetString());
        var header = JsonDocument.Parse(Base64Url.TryDecode(token.Split('.')[0], out var bytes) ? bytes : []).RootElement;
        Assert.Equal("RS256", header.GetProperty("alg").GetString());
        Assert.Equal("at+jwt", header.GetProperty("typ").GetString());
        Assert.Equal(_rsa.Kid, header.GetProperty("kid").GetString());
    }

    [Fact]
    public async Task Sign_Es256_ProducesA64ByteSignatureThatValidates()
    {
        var token = JwsCompact.Sign(_ec, "at+jwt", Claims());

        Assert.True(Base64Url.TryDecode(token.Split('.')[2], out var signature));
        Assert.Equal(64, signature.Length);
        Assert.True((await ValidateAsync(token)).IsValid);
    }

    [Fact]
    public async Task Validate_ApplicationAtJwtType_IsAccepted()
    {
        var token = JwsCompact.Sign(_rsa, "application/at+jwt", Claims());

        Assert.True((await ValidateAsync(token)).IsValid);
    }

    [Fact]
    public async Task Validate_AlgNone_IsRefusedWithoutLookingForAKey()
    {
        var signed = JwsCompact.Sign(_rsa, "at+jwt", Claims());
        var parts = signed.Split('.');
        var unsigned = $"{Part(new { alg = "none", typ = "at+jwt", kid = _rsa.Kid })}.{parts[1]}.";

        Assert.Equal(AccessTokenValidationFailure.UnsupportedAlgorithm, (await ValidateAsync(unsigned)).Failure);
    }

    [Theory]
    [InlineData("HS256")]
    [InlineData("rs256")]
    [InlineData("PS256")]
    public async Task Validate_AnotherAlgorithm_IsRefused(string algorithm)
    {
        var token = WithHeader(JwsCompact.Sign(_rsa, "at+jwt", Claims()), new { alg = algorithm, typ = "at+jwt", kid = _rsa.Kid });

        Assert.Equal(AccessTokenValidationFailure.UnsupportedAlgorithm, (await ValidateAsync(token)).Failure);
    }

    [Theory]
    [InlineData("JWT")]
    [InlineData("id_token+jwt")]
    [InlineData(null)]
    public async Task Validate_WrongType_IsRefused(string? type)
    {
        var token = JwsCompact.Sign(_rsa, type ?? "x", Claims());
        if (type is null)
        {
            token = WithHeader(token, new { alg = "RS256", kid = _rsa.Kid });
        }

        Assert.Equal(AccessTokenValidationFailure.WrongType, (await ValidateAsync(token)).Failure);
    }

    [Fact]
    public async Task Validate_UnknownKid_IsRefused()
    {
        using var stranger = JwsKey.Generate(SigningAlgorithm.Rs256);
        var token = JwsCompact.Sign(stranger, "at+jwt", Claims());

        Assert.Equal(AccessTokenValidationFailure.UnknownKey, (await ValidateAsync(token)).Failure);
    }

    [Fact]
    public async Task Validate_KidOfAKeyWithAnotherAlgorithm_IsRefused()
    {
        var token = WithHeader(JwsCompact.Sign(_rsa, "at+jwt", Claims()), new { alg = "ES256", typ = "at+jwt", kid = _rsa.Kid });

        Assert.Equal(AccessTokenValidationFailure.UnknownKey, (await ValidateAsync(token)).Failure);
    }

    [Fact]
    public async Task Validate_TamperedPayload_FailsTheSignature()
    {
        var parts = JwsCompact.Sign(_rsa, "at+jwt", Claims()).Split('.');
        var forged = Base64Url.Encode(Claims(c => c["scope"] = "api:read api:write admin"));

        var result = await ValidateAsync($"{parts[0]}.{forged}.{parts[2]}");

        Assert.Equal(AccessTokenValidationFailure.BadSignature, result.Failure);
    }

    [Fact]
    public async Task Validate_SignatureFromAnotherKeyUnderOurKid_FailsTheSignature()
    {
        using var stranger = JwsKey.Generate(SigningAlgorithm.Es256);
        var forged = JwsCompact.Sign(stranger, "at+jwt", Claims()).Split('.');
        var token = $"{Part(new { alg = "ES256", typ = "at+jwt", kid = _ec.Kid })}.{forged[1]}.{forged[2]}";

        Assert.Equal(AccessTokenValidationFailure.BadSignature, (await ValidateAsync(token)).Failure);
    }

    [Fact]
    public async Task Validate_CriticalHeader_IsRefused()
    {
        var token = WithHeader(JwsCompact.Sign(_rsa, "at+jwt", Claims()), new { alg = "RS256", typ = "at+jwt", kid = _rsa.Kid, crit = new[] { "exp" } });

        Assert.Equal(AccessTokenValidationFailure.CriticalHeader, (await ValidateAsync(token)).Failure);
    }

    [Fact]
    public async Task Validate_Expired_IsRefusedOnceTheSkewHasPassed()
    {
        var token = JwsCompact.Sign(_rsa, "at+jwt", Claims());

        Assert.True((await ValidateAsync(token, Now.AddHours(1).AddSeconds(29))).IsValid);
        Assert.Equal(AccessTokenValidationFailure.Expired, (await ValidateAsync(token, Now.AddHours(1).AddSeconds(30))).Failure);
    }

    [Fact]
    public async Task Validate_IssuedInTheFuture_IsNotYetValid()
    {
        var token = JwsCompact.Sign(_rsa, "at+jwt", Claims());

        Assert.Equal(AccessTokenValidationFailure.NotYetValid, (await ValidateAsync(token, Now.AddMinutes(-5))).Failure);
    }

    [Fact]
    public async Task Validate_NotBeforeInTheFuture_IsNotYetValid()
    {
        var token = JwsCompact.Sign(_rsa, "at+jwt", Claims(c => c["nbf"] = Now.AddMinutes(5).ToUnixTimeSeconds()));

        Assert.Equal(AccessTokenValidationFailure.NotYetValid, (await ValidateAsync(token)).Failure);
    }

    [Fact]
    public async Task Validate_WrongIssuer_IsRefused()
    {
        var token = JwsCompact.Sign(_rsa, "at+jwt", Claims());

        Assert.Equal(AccessTokenValidationFailure.WrongIssuer, (await ValidateAsync(token, issuer: "https://evil.example.test")).Failure);
    }

    [Fact]
    public async Task Validate_AudienceArrayWithOurs_IsAcceptedAndWithoutOurs_IsRefused()
    {
        var ours = JwsCompact.Sign(_rsa, "at+jwt", Claims(c => c["aud"] = new[] { "other", Audience }));
        var theirs = JwsCompact.Sign(_rsa, "at+jwt", Claims(c => c["aud"] = new[] { "other" }));

        Assert.True((await ValidateAsync(ours)).IsValid);
        Assert.Equal(AccessTokenValidationFailure.WrongAudience, (await ValidateAsync(theirs)).Failure);
    }

    [Theory]
    [InlineData("sub")]
    [InlineData("client_id")]
    [InlineData("jti")]
    [InlineData("iat")]
    public async Task Validate_MissingRequiredClaim_IsRefused(string claim)
    {
        var token = JwsCompact.Sign(_rsa, "at+jwt", Claims(c => c.Remove(claim)));

        Assert.Equal(AccessTokenValidationFailure.MissingClaim, (await ValidateAsync(token)).Failure);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("a.b")]
    [InlineData("a.b.c.d.e")]
    [InlineData("e30.e30.")]
    [InlineData("!!!.e30.AA")]
    [InlineData("W10.e30.AA")]
    public async Task Validate_NotACompactJws_IsMalformed(string token)
    {
        var result = await ValidateAsync(token);

        Assert.False(result.IsValid);
        Assert.Contains(result.Failure, new AccessTokenValidationFailure?[] { AccessTokenValidationFailure.Malformed, AccessTokenValidationFailure.UnsupportedAlgorithm });
    }

    [Fact]
    public async Task Validate_RepeatedHeaderMember_IsMalformed()
    {
        var parts = JwsCompact.Sign(_rsa, "at+jwt", Claims()).Split('.');
        var header = Base64Url.Encode(Encoding.UTF8.GetBytes($$"""{"alg":"none","alg":"RS256","typ":"at+jwt","kid":"{{_rsa.Kid}}"}"""));

        Assert.Equal(AccessTokenValidationFailure.Malformed, (await ValidateAsync($"{header}.{parts[1]}.{parts[2]}")).Failure);
    }

    [Fact]
    public async Task Validate_RepeatedClaim_IsMalformed()
    {
        var claims = Encoding.UTF8.GetString(Claims());
        var token = JwsCompact.Sign(_rsa, "at+jwt", Encoding.UTF8.GetBytes(claims.Replace("{", """{"sub":"someone-else",""", StringComparison.Ordinal)));

        Assert.Equal(AccessTokenValidationFailure.Malformed, (await ValidateAsync(token)).Failure);
    }

    [Fact]
    public async Task Validate_PayloadThatIsNotAnObject_IsMalformed()
    {
        var token = JwsCompact.Sign(_rsa, "at+jwt", Encoding.UTF8.GetBytes("[1,2,3]"));

        Assert.Equal(AccessTokenValidationFailure.Malformed, (await ValidateAsync(token)).Failure);
    }

    [Fact]
    public void Kid_IsTheRfc7638ThumbprintAndSurvivesAPublicKeyRoundTrip()
    {
        using var loaded = JwsKey.FromPublicKey(_ec.Kid, SigningAlgorithm.Es256, _ec.ExportPublicKey());
        var token = JwsCompact.Sign(_ec, "at+jwt", Claims());
        var parts = token.Split('.');

        Assert.Equal(43, _rsa.Kid.Length);
        Assert.True(loaded.Verify(Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"), Base64Url.TryDecode(parts[2], out var signature) ? signature : []));
    }

    [Fact]
    public void Rfc7638_ExampleKey_HasTheSpecifiedThumbprint()
    {
        // https://www.rfc-editor.org/rfc/rfc7638#section-3.1
        const string N = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";
        using var rsa = System.Security.Cryptography.RSA.Create();
        rsa.ImportParameters(new System.Security.Cryptography.RSAParameters
        {
            Modulus = Base64Url.TryDecode(N, out var n) ? n : [],
            Exponent = Base64Url.TryDecode("AQAB", out var e) ? e : [],
        });

        Assert.Equal("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs", JsonWebKeys.Thumbprint(rsa));
    }
}
