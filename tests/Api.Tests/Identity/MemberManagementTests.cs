using System.Text.Json;
using KtPortal.Api.Tests.OAuth;
using KtPortal.Domain.Identity;

namespace KtPortal.Api.Tests.Identity;

/// <summary>
/// <c>changeMemberRole</c> and <c>removeMember</c> over HTTP: roles of the organization's kind only, never leaving it
/// without an owner, only by those who manage it, and audited.
/// </summary>
public sealed class MemberManagementTests(OAuthServerFixture server) : IClassFixture<OAuthServerFixture>
{
    private const string ChangeRole = """
        mutation($org: ID!, $user: ID!, $role: MembershipRole!) {
          changeMemberRole(input: { organizationId: $org, userId: $user, role: $role }) {
            membership { role user { id } organization { id } }
            errors { __typename ... on Error { code message } }
          }
        }
        """;

    private const string Remove = """
        mutation($org: ID!, $user: ID!) {
          removeMember(input: { organizationId: $org, userId: $user }) { removedUserId errors { __typename ... on Error { code message } } }
        }
        """;

    private readonly MembersKit _kit = new(server);

    [Fact]
    public async Task An_owner_changes_a_members_role_and_ROLE_CHANGED_is_audited()
    {
        var org = await _kit.OrganizationAsync(OrganizationKind.Client);
        var (ownerId, owner) = await _kit.UserAsync(org, MembershipRole.Owner);
        var (memberId, _) = await _kit.UserAsync(org, MembershipRole.Member);

        var payload = await ChangeRoleAsync(await _kit.TokenAsync(owner), org, memberId, "ADMIN");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        Assert.Equal("ADMIN", payload.GetProperty("membership").GetProperty("role").GetString());
        Assert.Equal(MembersKit.User(memberId), payload.GetProperty("membership").GetProperty("user").GetProperty("id").GetString());
        Assert.Equal(1, await _kit.CountAsync($"SELECT count(*) FROM memberships WHERE user_id = '{memberId}' AND organization_id = '{org}' AND role = 'ADMIN'"));
        Assert.Equal(1, await _kit.CountAsync(
            $"""
            SELECT count(*) FROM audit_events WHERE kind = 'ROLE_CHANGED' AND actor_user_id = '{ownerId}' AND organization_id = '{org}'
            AND detail->>'user' = '{memberId}' AND detail->>'from' = 'MEMBER' AND detail->>'to' = 'ADMIN'
            """));
    }

    [Fact]
    public async Task A_role_of_another_kind_is_InvalidRoleError()
    {
        var org = await _kit.OrganizationAsync(OrganizationKind.Partner);
        var (_, admin) = await _kit.UserAsync(org, MembershipRole.PartnerAdmin);
        var (memberId, _) = await _kit.UserAsync(org, MembershipRole.PartnerMember);

        var payload = await ChangeRoleAsync(await _kit.TokenAsync(admin), org, memberId, "OWNER");

        Assert.Equal("INVALID_ROLE", MembersKit.ErrorCode(payload));
        Assert.Equal(1, await _kit.CountAsync($"SELECT count(*) FROM memberships WHERE user_id = '{memberId}' AND role = 'PARTNER_MEMBER'"));
    }

    [Fact]
    public async Task The_last_owner_can_be_neither_demoted_nor_removed_but_one_of_two_can()
    {
        var org = await _kit.OrganizationAsync(OrganizationKind.Client);
        var (ownerId, owner) = await _kit.UserAsync(org, MembershipRole.Owner);
        var token = await _kit.TokenAsync(owner);

        Assert.Equal("LAST_OWNER", MembersKit.ErrorCode(await ChangeRoleAsync(token, org, ownerId, "ADMIN")));
        Assert.Equal("LAST_OWNER", MembersKit.ErrorCode(await RemoveAsync(token, org, ownerId)));

        var staff = await _kit.OrganizationAsync(OrganizationKind.Agency);
        var (_, staffAdmin) = await _kit.UserAsync(staff, MembershipRole.Admin);
        Assert.Equal("LAST_OWNER", MembersKit.ErrorCode(await RemoveAsync(await _kit.TokenAsync(staffAdmin), org, ownerId)));
        Assert.Equal(1, await _kit.CountAsync($"SELECT count(*) FROM memberships WHERE organization_id = '{org}' AND role = 'OWNER'"));

        var (secondId, _) = await _kit.UserAsync(org, MembershipRole.Owner);
        Assert.Equal(JsonValueKind.Null, (await ChangeRoleAsync(token, org, ownerId, "MEMBER")).GetProperty("errors").ValueKind);
        Assert.Equal("LAST_OWNER", MembersKit.ErrorCode(await RemoveAsync(await _kit.TokenAsync(staffAdmin), org, secondId)));
        Assert.Equal(0, await _kit.CountAsync($"SELECT count(*) FROM audit_events WHERE kind = 'MEMBER_REMOVED' AND organization_id = '{org}'"));
    }

    [Fact]
    public async Task Two_owners_demoting_each_other_at_once_leave_one_owner()
    {
        var org = await _kit.OrganizationAsync(OrganizationKind.Client);
        var (firstId, first) = await _kit.UserAsync(org, MembershipRole.Owner);
        var (secondId, second) = await _kit.UserAsync(org, MembershipRole.Owner);
        var firstToken = await _kit.TokenAsync(first);
        var secondToken = await _kit.TokenAsync(second);

        var payloads = await Task.WhenAll(ChangeRoleAsync(firstToken, org, secondId, "MEMBER"), ChangeRoleAsync(secondToken, org, firstId, "MEMBER"));

        Assert.Equal(1, await _kit.CountAsync($"SELECT count(*) FROM memberships WHERE organization_id = '{org}' AND role = 'OWNER'"));
        Assert.Single(payloads, p => p.GetProperty("errors").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task An_admin_removes_a_member_who_then_no_longer_sees_the_organization_and_MEMBER_REMOVED_is_audited()
    {
        var org = await _kit.OrganizationAsync(OrganizationKind.Client);
        await _kit.UserAsync(org, MembershipRole.Owner);
        var (adminId, admin) = await _kit.UserAsync(org, MembershipRole.Admin);
        var (memberId, member) = await _kit.UserAsync(org, MembershipRole.Member);
        var memberToken = await _kit.TokenAsync(member);

        var payload = await RemoveAsync(await _kit.TokenAsync(admin), org, memberId);

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        Assert.Equal(MembersKit.User(memberId), payload.GetProperty("removedUserId").GetString());
        Assert.Equal(0, await _kit.CountAsync($"SELECT count(*) FROM memberships WHERE organization_id = '{org}' AND user_id = '{memberId}'"));
        Assert.Equal(1, await _kit.CountAsync(
            $"SELECT count(*) FROM audit_events WHERE kind = 'MEMBER_REMOVED' AND actor_user_id = '{adminId}' AND organization_id = '{org}' AND detail->>'user' = '{memberId}' AND detail->>'role' = 'MEMBER'"));
        var node = await _kit.GraphQLAsync("query($id: ID!) { node(id: $id) { id } }", memberToken, new { id = MembersKit.Organization(org) });
        Assert.Equal(JsonValueKind.Null, node.GetProperty("data").GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task A_client_ADMIN_may_neither_demote_nor_remove_an_OWNER_nor_make_one()
    {
        var org = await _kit.OrganizationAsync(OrganizationKind.Client);
        var (ownerId, _) = await _kit.UserAsync(org, MembershipRole.Owner);
        await _kit.UserAsync(org, MembershipRole.Owner);
        var (_, admin) = await _kit.UserAsync(org, MembershipRole.Admin);
        var (memberId, _) = await _kit.UserAsync(org, MembershipRole.Member);
        var token = await _kit.TokenAsync(admin);

        Assert.Equal("MEMBER_MANAGEMENT_NOT_ALLOWED", MembersKit.ErrorCode(await ChangeRoleAsync(token, org, ownerId, "MEMBER")));
        Assert.Equal("MEMBER_MANAGEMENT_NOT_ALLOWED", MembersKit.ErrorCode(await RemoveAsync(token, org, ownerId)));
        Assert.Equal("MEMBER_MANAGEMENT_NOT_ALLOWED", MembersKit.ErrorCode(await ChangeRoleAsync(token, org, memberId, "OWNER")));
        Assert.Equal(2, await _kit.CountAsync($"SELECT count(*) FROM memberships WHERE organization_id = '{org}' AND role = 'OWNER'"));
    }

    [Fact]
    public async Task Another_tenants_owner_and_a_plain_member_may_not_change_or_remove_anyone()
    {
        var org = await _kit.OrganizationAsync(OrganizationKind.Client);
        await _kit.UserAsync(org, MembershipRole.Owner);
        var (memberId, member) = await _kit.UserAsync(org, MembershipRole.Member);
        var (otherId, _) = await _kit.UserAsync(org, MembershipRole.Member);
        var (_, stranger) = await _kit.UserAsync(await _kit.OrganizationAsync(OrganizationKind.Client), MembershipRole.Owner);

        foreach (var token in new[] { await _kit.TokenAsync(member), await _kit.TokenAsync(stranger) })
        {
            Assert.Equal("MEMBER_MANAGEMENT_NOT_ALLOWED", MembersKit.ErrorCode(await ChangeRoleAsync(token, org, otherId, "ADMIN")));
            Assert.Equal("MEMBER_MANAGEMENT_NOT_ALLOWED", MembersKit.ErrorCode(await RemoveAsync(token, org, otherId)));
        }

        Assert.Equal("MEMBER_MANAGEMENT_NOT_ALLOWED", MembersKit.ErrorCode(await ChangeRoleAsync(await _kit.TokenAsync(member), org, memberId, "OWNER")));
        Assert.Equal(2, await _kit.CountAsync($"SELECT count(*) FROM memberships WHERE organization_id = '{org}' AND role = 'MEMBER'"));
    }

    [Fact]
    public async Task A_user_who_is_not_a_member_is_MemberNotFoundError()
    {
        var org = await _kit.OrganizationAsync(OrganizationKind.Client);
        var (_, owner) = await _kit.UserAsync(org, MembershipRole.Owner);
        var (outsiderId, _) = await _kit.UserAsync(await _kit.OrganizationAsync(OrganizationKind.Client), MembershipRole.Owner);
        var token = await _kit.TokenAsync(owner);

        Assert.Equal("MEMBER_NOT_FOUND", MembersKit.ErrorCode(await ChangeRoleAsync(token, org, outsiderId, "ADMIN")));
        Assert.Equal("MEMBER_NOT_FOUND", MembersKit.ErrorCode(await RemoveAsync(token, org, outsiderId)));
    }

    private async Task<JsonElement> ChangeRoleAsync(string token, Guid org, Guid user, string role) =>
        (await _kit.GraphQLAsync(ChangeRole, token, new { org = MembersKit.Organization(org), user = MembersKit.User(user), role }))
            .GetProperty("data").GetProperty("changeMemberRole");

    private async Task<JsonElement> RemoveAsync(string token, Guid org, Guid user) =>
        (await _kit.GraphQLAsync(Remove, token, new { org = MembersKit.Organization(org), user = MembersKit.User(user) }))
            .GetProperty("data").GetProperty("removeMember");
}
