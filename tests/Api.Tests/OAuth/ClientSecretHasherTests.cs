using KtPortal.Api.OAuth.Clients;

namespace KtPortal.Api.Tests.OAuth;

public sealed class ClientSecretHasherTests
{
    [Fact]
    public void Verify_TheHashedSecret_Matches()
    {
        var hash = ClientSecretHasher.Hash("partner-demo-secret");

        Assert.True(ClientSecretHasher.Verify("partner-demo-secret", hash));
    }

    [Theory]
    [InlineData("partner-demo-secreT")]
    [InlineData("partner-demo-secret ")]
    [InlineData("")]
    public void Verify_AnotherSecret_DoesNotMatch(string secret)
    {
        Assert.False(ClientSecretHasher.Verify(secret, ClientSecretHasher.Hash("partner-demo-secret")));
    }

    [Fact]
    public void Hash_IsSaltedPbkdf2AndNeverContainsTheSecret()
    {
        var first = ClientSecretHasher.Hash("partner-demo-secret");
        var second = ClientSecretHasher.Hash("partner-demo-secret");

        Assert.NotEqual(first, second);
        Assert.StartsWith("pbkdf2-sha256$100000$", first, StringComparison.Ordinal);
        Assert.DoesNotContain("partner-demo-secret", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_NoStoredHash_FailsAfterADecoyCheck()
    {
        Assert.False(ClientSecretHasher.Verify("anything", null));
    }

    [Theory]
    [InlineData("plain-text-secret")]
    [InlineData("sha1$1$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$0$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$100000$not base64$AAAA")]
    public void Verify_AStoredValueThatIsNotOurHash_NeverMatches(string stored)
    {
        Assert.False(ClientSecretHasher.Verify("plain-text-secret", stored));
    }

    [Fact]
    public void Generate_Makes256BitUrlSafeSecrets()
    {
        var secret = ClientSecretHasher.Generate();

        Assert.Equal(43, secret.Length);
        Assert.Matches("^[A-Za-z0-9_-]+$", secret);
        Assert.NotEqual(secret, ClientSecretHasher.Generate());
    }
}
