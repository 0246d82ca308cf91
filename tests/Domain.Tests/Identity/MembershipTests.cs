using KtPortal.Domain.Identity;

namespace KtPortal.Domain.Tests.Identity;

public sealed class MembershipTests
{
    private static readonly User Someone = new(Guid.NewGuid(), "someone@example.test", "Someone");

    private static Organization Of(OrganizationKind kind) => new(Guid.NewGuid(), kind.ToString(), kind.ToString().ToLowerInvariant(), kind);

    [Theory]
    [InlineData(OrganizationKind.Agency, MembershipRole.Admin)]
    [InlineData(OrganizationKind.Agency, MembershipRole.Agent)]
    [InlineData(OrganizationKind.Agency, MembershipRole.Billing)]
    [InlineData(OrganizationKind.Client, MembershipRole.Owner)]
    [InlineData(OrganizationKind.Client, MembershipRole.Admin)]
    [InlineData(OrganizationKind.Client, MembershipRole.Member)]
    [InlineData(OrganizationKind.Partner, MembershipRole.PartnerAdmin)]
    [InlineData(OrganizationKind.Partner, MembershipRole.PartnerMember)]
    public void Create_RoleOfTheOrganizationsKind_Succeeds(OrganizationKind kind, MembershipRole role)
    {
        var membership = Membership.Create(Guid.NewGuid(), Someone, Of(kind), role);

        Assert.Equal(role, membership.Role);
    }

    [Theory]
    [InlineData(OrganizationKind.Agency, MembershipRole.Owner)]
    [InlineData(OrganizationKind.Client, MembershipRole.Agent)]
    [InlineData(OrganizationKind.Client, MembershipRole.PartnerAdmin)]
    [InlineData(OrganizationKind.Partner, MembershipRole.Admin)]
    public void Create_RoleOfAnotherKind_Throws(OrganizationKind kind, MembershipRole role)
    {
        Assert.Throws<ArgumentException>(() => Membership.Create(Guid.NewGuid(), Someone, Of(kind), role));
    }

    [Fact]
    public void ChangeRole_ToARoleOfAnotherKind_ThrowsAndKeepsTheRole()
    {
        var membership = Membership.Create(Guid.NewGuid(), Someone, Of(OrganizationKind.Client), MembershipRole.Member);

        Assert.Throws<ArgumentException>(() => membership.ChangeRole(MembershipRole.Billing, OrganizationKind.Client));
        Assert.Equal(MembershipRole.Member, membership.Role);
    }

    [Fact]
    public void OAuthClient_PublicWithClientCredentials_Throws()
    {
        Assert.Throws<ArgumentException>(() => OAuthClient.CreatePublic(
            Guid.NewGuid(), "spa", "SPA", ["http://127.0.0.1/cb"], [OAuthGrantTypes.ClientCredentials], ["api:read"]));
    }

    [Fact]
    public void OAuthClient_ActForWithARoleTheOrganizationLacks_Throws()
    {
        var client = OAuthClient.CreateConfidential(Guid.NewGuid(), "c", "C", "hash", [OAuthGrantTypes.ClientCredentials], []);

        Assert.Throws<ArgumentException>(() => client.ActFor(Of(OrganizationKind.Partner), MembershipRole.Owner));
    }

    [Fact]
    public void SigningKey_TimesOutOfOrder_Throw()
    {
        var now = DateTimeOffset.UtcNow;

        Assert.Throws<ArgumentException>(() => new SigningKey("k", SigningAlgorithm.Rs256, "p", "x", now, now.AddDays(2), now.AddDays(1), now.AddDays(3)));
    }

    [Fact]
    public void IssuedToken_Revoke_KeepsTheFirstTimeAndIsInactive()
    {
        var now = DateTimeOffset.UtcNow;
        var token = new IssuedToken(Guid.NewGuid(), "c", "c", null, "api:read", now, now.AddHours(1));

        token.Revoke(now.AddMinutes(1));
        token.Revoke(now.AddMinutes(2));

        Assert.Equal(now.AddMinutes(1), token.RevokedAt);
        Assert.False(token.IsActiveAt(now.AddMinutes(3)));
    }
}
