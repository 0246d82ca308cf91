using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KtPortal.Api.Identity.Invitations;
using KtPortal.Api.Seed;
using KtPortal.Api.Tests.OAuth;
using KtPortal.Domain.Identity;

namespace KtPortal.Api.Tests.Identity;

/// <summary>
/// Invitations over HTTP against the real host and PostgreSQL: <c>inviteMember</c> mails a single-use link through the
/// outbox, the accept page makes the membership, and every refusal (wrong role, member already, another tenant, the
/// hourly limit, a used, tampered, expired or withdrawn link) changes nothing.
/// </summary>
public sealed class InvitationTests(OAuthServerFixture server) : IClassFixture<OAuthServerFixture>
{
    private const string NewPassword = "a-new-users-password";

    private readonly MembersKit _kit = new(server);

    [Fact]
    public async Task A_new_user_accepts_by_choosing_a_name_and_password_and_joins_with_the_role()
    {
        var org = await _kit.OrganizationAsync(OrganizationKind.Client);
        var (ownerId, owner) = await _kit.UserAsync(org, MembershipRole.Owner);
        var token = await _kit.TokenAsync(owner);
        var email = $"new-{Guid.NewGuid():N}@example.test";

        var payload = await _kit.InviteAsync(token, org, email, "MEMBER");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var invitation = payload.GetProperty("invitation");
        Assert.Equal(email, invitation.GetProperty("email").GetString());
        Assert.Equal("MEMBER", invitation.GetProperty("role").GetString());
        Assert.Equal(MembersKit.Organization(org), invitation.GetProperty("organizationId").GetString());
        Assert.Equal(InvitationService.Lifetime,
            invitation.GetProperty("expiresAt").GetDateTimeOffset() - invitation.GetProperty("createdAt").GetDateTimeOffset());
        var listed = await InvitationsAsync(token, org);
        Assert.Equal(invitation.GetProperty("id").GetString(), Assert.Single(listed.EnumerateArray()).GetProperty("id").GetString());

        // Only the hash of the mailed token is stored.
        var link = await _kit.LinkAsync(email);
        var secret = link[(link.IndexOf('=', StringComparison.Ordinal) + 1)..];
        Assert.Equal(1, await _kit.CountAsync(
            $"SELECT count(*) FROM invitations WHERE token_hash = '\\x{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)))}'"));
        Assert.Equal(0, await _kit.CountAsync($"SELECT count(*) FROM invitations i WHERE i::text LIKE '%{secret}%'"));

        using var browser = new CodeFlowDriver(server.Factory);
        var fields = await browser.FormFieldsAsync(link);
        fields["name"] = "Nina New";
        fields["password"] = NewPassword;
        fields["confirmation"] = NewPassword;
        using (var accepted = await browser.PostAsync(InvitationEndpoints.Path, fields))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
            Assert.Contains("You joined", await accepted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(1, await _kit.CountAsync(
            $"SELECT count(*) FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organization_id = '{org}' AND u.email = '{email}' AND m.role = 'MEMBER' AND u.email_confirmed"));
        Assert.Equal(0, (await InvitationsAsync(token, org)).GetArrayLength());
        Assert.Equal(1, await _kit.CountAsync(
            $"SELECT count(*) FROM audit_events WHERE kind = 'INVITATION_SENT' AND actor_user_id = '{ownerId}' AND organization_id = '{org}' AND detail->>'role' = 'MEMBER'"));
        Assert.Equal(0, await _kit.CountAsync($"SELECT count(*) FROM audit_events WHERE detail::text LIKE '%{email}%'"));
        Assert.Equal(1, await _kit.CountAsync(
            $"SELECT count(*) FROM audit_events a JOIN users u ON u.id = a.actor_user_id WHERE a.kind = 'INVITATION_ACCEPTED' AND u.email = '{email}' AND a.organization_id = '{org}'"));

        // The new account signs in with its password and sees the organization.
        using var driver = new CodeFlowDriver(server.Factory);
        var (_, challenge) = CodeFlowDriver.Pkce();
        using (var login = await driver.LoginAsync(email, NewPassword, CodeFlowDriver.AuthorizeUrl(challenge)))
        {
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }

        var newToken = await _kit.TokenAsync(email, NewPassword);
        var viewer = await _kit.GraphQLAsync("{ viewer { memberships { role organization { id } } } }", newToken);
        var membership = Assert.Single(viewer.GetProperty("data").GetProperty("viewer").GetProperty("memberships").EnumerateArray());
        Assert.Equal(MembersKit.Organization(org), membership.GetProperty("organization").GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_existing_user_accepts_with_their_password_and_a_wrong_one_changes_nothing()
    {
        var org = await _kit.OrganizationAsync(OrganizationKind.Client);
        var (_, owner) = await _kit.UserAsync(org, MembershipRole.Owner);
        var (inviteeId, invitee) = await _kit.UserAsync(await _kit.OrganizationAsync(OrganizationKind.Client), MembershipRole.Owner);
        var payload = await _kit.InviteAsync(await _kit.TokenAsync(owner), org, invitee.ToUpperInvariant(), "ADMIN");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var link = await _kit.LinkAsync(invitee.ToUpperInvariant());

        using var browser = new CodeFlowDriver(server.Factory);
        var fields = await browser.FormFieldsAsync(link);
        Assert.False(fields.ContainsKey("name"));
        fields["password"] = "not-the-password";
        using (var wrong = await browser.PostAsync(InvitationEndpoints.Path, fields))
        {
            Assert.Contains("password is incorrect", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(0, await _kit.CountAsync($"SELECT count(*) FROM memberships WHERE organization_id = '{org}' AND user_id = '{inviteeId}'"));

        fields["password"] = DemoSeed.DemoPassword;
        using (var accepted = await browser.PostAsync(InvitationEndpoints.Path, fields))
        {
            Assert.Contains("You joined", await accepted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(1, await _kit.CountAsync($"SELECT count(*) FROM memberships WHERE organization_id = '{org}' AND user_id = '{inviteeId}' AND role = 'ADMIN'"));
    }

    [Fact]
    public async Task A_used_a_tampered_an_expired_and_a_withdrawn_link_are_all_refused()
    {
        var org = await _kit.OrganizationAsync(OrganizationKind.Client);
        var (_, owner) = await _kit.UserAsync(org, MembershipRole.Owner);
        var token = await _kit.TokenAsync(owner);
        var used = $"used-{Guid.NewGuid():N}@example.test";
        var expired = $"expired-{Guid.NewGuid():N}@example.test";
        var withdrawn = $"withdrawn-{Guid.NewGuid():N}@example.test";
        await _kit.InviteAsync(token, org, used, "MEMBER");
        await _kit.InviteAsync(token, org, expired, "MEMBER");
        var withdrawal = await _kit.InviteAsync(token, org, withdrawn, "MEMBER");
        using var browser = new CodeFlowDriver(server.Factory);

        var usedLink = await _kit.LinkAsync(used);
        Assert.Contains("You joined", await AcceptAsync(browser, usedLink, HttpStatusCode.OK), StringComparison.Ordinal);
        await AcceptRefusedAsync(browser, usedLink);

        // Tampered: one character of the token changed.
        var expiredLink = await _kit.LinkAsync(expired);
        var tampered = expiredLink[..^1] + (expiredLink[^1] == 'A' ? 'B' : 'A');
        await AcceptRefusedAsync(browser, tampered);

        await _kit.CountAsync(
            $"WITH x AS (UPDATE invitations SET created_at = now() - interval '8 days', expires_at = now() - interval '1 day' WHERE organization_id = '{org}' AND email = '{expired}' RETURNING 1) SELECT count(*) FROM x");
        await AcceptRefusedAsync(browser, expiredLink);

        var withdrawnLink = await _kit.LinkAsync(withdrawn);
        var revoke = await _kit.GraphQLAsync(
            "mutation($id: ID!) { revokeInvitation(input: { invitationId: $id }) { invitation { id } errors { ... on Error { code } } } }",
            token, new { id = withdrawal.GetProperty("invitation").GetProperty("id").GetString() });
        Assert.Equal(JsonValueKind.Null, revoke.GetProperty("data").GetProperty("revokeInvitation").GetProperty("errors").ValueKind);
        await AcceptRefusedAsync(browser, withdrawnLink);

        Assert.Equal(0, await _kit.CountAsync($"SELECT count(*) FROM users WHERE email IN ('{expired}', '{withdrawn}')"));
        Assert.Equal(1, await _kit.CountAsync($"SELECT count(*) FROM memberships WHERE organization_id = '{org}' AND role = 'MEMBER'"));
        Assert.Equal(1, await _kit.CountAsync($"SELECT count(*) FROM audit_events WHERE kind = 'INVITATION_REVOKED' AND organization_id = '{org}'"));
    }

    [Fact]
    public async Task Inviting_an_address_again_withdraws_its_earlier_link()
    {
        var org = await _kit.OrganizationAsync(OrganizationKind.Partner);
        var (_, admin) = await _kit.UserAsync(org, MembershipRole.PartnerAdmin);
        var token = await _kit.TokenAsync(admin);
        var email = $"again-{Guid.NewGuid():N}@example.test";
        await _kit.InviteAsync(token, org, email, "PARTNER_MEMBER");
        var first = await _kit.LinkAsync(email);
        await _kit.InviteAsync(token, org, email, "PARTNER_ADMIN");
        var second = await _kit.LinkAsync(email);

        Assert.NotEqual(first, second);
        using var browser = new CodeFlowDriver(server.Factory);
        using (var refused = await browser.Browser.GetAsync(new Uri(first, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        var listed = Assert.Single((await InvitationsAsync(token, org)).EnumerateArray());
        Assert.Equal("PARTNER_ADMIN", listed.GetProperty("role").GetString());
    }

    [Fact]
    public async Task A_role_of_another_organization_kind_is_InvalidRoleError_and_nothing_is_sent()
    {
        var org = await _kit.OrganizationAsync(OrganizationKind.Client);
        var (_, owner) = await _kit.UserAsync(org, MembershipRole.Owner);
        var token = await _kit.TokenAsync(owner);
        var email = $"role-{Guid.NewGuid():N}@example.test";

        foreach (var role in new[] { "AGENT", "PARTNER_MEMBER", "BILLING" })
        {
            var payload = await _kit.InviteAsync(token, org, email, role);
            var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
            Assert.Equal("INVALID_ROLE", error.GetProperty("code").GetString());
            Assert.Equal(["input", "role"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
            Assert.Equal(JsonValueKind.Null, payload.GetProperty("invitation").ValueKind);
        }

        Assert.Equal(0, await _kit.CountAsync($"SELECT count(*) FROM invitations WHERE organization_id = '{org}'"));
        Assert.Equal(0, await _kit.CountAsync($"""SELECT count(*) FROM mail_outbox WHERE "to" = '{email}'"""));
    }

    [Fact]
    public async Task A_member_already_is_AlreadyMemberError_and_a_malformed_address_is_InvalidEmailError()
    {
        var org = await _kit.OrganizationAsync(OrganizationKind.Client);
        var (_, owner) = await _kit.UserAsync(org, MembershipRole.Owner);
        var (_, member) = await _kit.UserAsync(org, MembershipRole.Member);
        var token = await _kit.TokenAsync(owner);

        Assert.Equal("ALREADY_MEMBER", MembersKit.ErrorCode(await _kit.InviteAsync(token, org, member.ToUpperInvariant(), "ADMIN")));
        Assert.Equal("INVALID_EMAIL", MembersKit.ErrorCode(await _kit.InviteAsync(token, org, "Eve <eve@example.test>", "MEMBER")));
        Assert.Equal("INVALID_EMAIL", MembersKit.ErrorCode(await _kit.InviteAsync(token, org, "not-an-address", "MEMBER")));
        Assert.Equal(0, await _kit.CountAsync($"SELECT count(*) FROM invitations WHERE organization_id = '{org}'"));
    }

    [Fact]
    public async Task Another_tenants_admin_a_plain_member_and_staff_without_ADMIN_may_not_invite_revoke_or_list()
    {
        var org = await _kit.OrganizationAsync(OrganizationKind.Client);
        var (_, owner) = await _kit.UserAsync(org, MembershipRole.Owner);
        var (_, member) = await _kit.UserAsync(org, MembershipRole.Member);
        var (_, stranger) = await _kit.UserAsync(await _kit.OrganizationAsync(OrganizationKind.Client), MembershipRole.Owner);
        var invitation = (await _kit.InviteAsync(await _kit.TokenAsync(owner), org, $"x-{Guid.NewGuid():N}@example.test", "MEMBER"))
            .GetProperty("invitation").GetProperty("id").GetString();

        foreach (var email in new[] { member, stranger, "agent@kre8ivtech.test" })
        {
            var token = await _kit.TokenAsync(email);
            Assert.Equal("MEMBER_MANAGEMENT_NOT_ALLOWED", MembersKit.ErrorCode(await _kit.InviteAsync(token, org, $"y-{Guid.NewGuid():N}@example.test", "MEMBER")));
            var revoke = await _kit.GraphQLAsync(
                "mutation($id: ID!) { revokeInvitation(input: { invitationId: $id }) { invitation { id } errors { ... on Error { code } } } }",
                token, new { id = invitation });
            Assert.Equal("INVITATION_NOT_FOUND", MembersKit.ErrorCode(revoke.GetProperty("data").GetProperty("revokeInvitation")));
            var organization = (await _kit.GraphQLAsync(
                "query($id: ID!) { node(id: $id) { ... on Organization { invitations { id } } } }", token, new { id = MembersKit.Organization(org) }))
                .GetProperty("data").GetProperty("node");
            Assert.True(organization.ValueKind == JsonValueKind.Null || organization.GetProperty("invitations").GetArrayLength() == 0);
        }

        Assert.Equal(1, await _kit.CountAsync($"SELECT count(*) FROM invitations WHERE organization_id = '{org}' AND revoked_at IS NULL"));
    }

    [Fact]
    public async Task A_client_ADMIN_may_invite_members_but_not_an_OWNER()
    {
        var org = await _kit.OrganizationAsync(OrganizationKind.Client);
        var (_, admin) = await _kit.UserAsync(org, MembershipRole.Admin);
        var token = await _kit.TokenAsync(admin);

        Assert.Equal(JsonValueKind.Null, (await _kit.InviteAsync(token, org, $"m-{Guid.NewGuid():N}@example.test", "ADMIN")).GetProperty("errors").ValueKind);
        Assert.Equal("MEMBER_MANAGEMENT_NOT_ALLOWED", MembersKit.ErrorCode(await _kit.InviteAsync(token, org, $"o-{Guid.NewGuid():N}@example.test", "OWNER")));
    }

    [Fact]
    public async Task A_partner_admin_invites_into_its_client_organizations_only_and_staff_ADMIN_into_any()
    {
        var partner = await _kit.OrganizationAsync(OrganizationKind.Partner);
        var held = await _kit.OrganizationAsync(OrganizationKind.Client, partner);
        var unrelated = await _kit.OrganizationAsync(OrganizationKind.Client);
        var (_, partnerAdmin) = await _kit.UserAsync(partner, MembershipRole.PartnerAdmin);
        var partnerToken = await _kit.TokenAsync(partnerAdmin);
        var staff = await _kit.OrganizationAsync(OrganizationKind.Agency);
        var (_, staffAdmin) = await _kit.UserAsync(staff, MembershipRole.Admin);
        var staffToken = await _kit.TokenAsync(staffAdmin);

        Assert.Equal(JsonValueKind.Null, (await _kit.InviteAsync(partnerToken, held, $"p-{Guid.NewGuid():N}@example.test", "OWNER")).GetProperty("errors").ValueKind);
        Assert.Equal("MEMBER_MANAGEMENT_NOT_ALLOWED", MembersKit.ErrorCode(await _kit.InviteAsync(partnerToken, unrelated, $"p-{Guid.NewGuid():N}@example.test", "OWNER")));
        Assert.Equal(JsonValueKind.Null, (await _kit.InviteAsync(staffToken, unrelated, $"s-{Guid.NewGuid():N}@example.test", "OWNER")).GetProperty("errors").ValueKind);
        Assert.Equal(1, (await InvitationsAsync(partnerToken, held)).GetArrayLength());
        Assert.Equal(1, (await InvitationsAsync(staffToken, unrelated)).GetArrayLength());
    }

    [Fact]
    public async Task The_twenty_first_invitation_of_an_hour_is_TooManyInvitationsError_and_is_not_sent()
    {
        var org = await _kit.OrganizationAsync(OrganizationKind.Client);
        var (_, owner) = await _kit.UserAsync(org, MembershipRole.Owner);
        var token = await _kit.TokenAsync(owner);

        for (var i = 0; i < InvitationService.PerOrganizationPerHour; i++)
        {
            Assert.Equal(JsonValueKind.Null, (await _kit.InviteAsync(token, org, $"r{i}-{org:N}@example.test", "MEMBER")).GetProperty("errors").ValueKind);
        }

        var refused = await _kit.InviteAsync(token, org, $"last-{org:N}@example.test", "MEMBER");

        var error = Assert.Single(refused.GetProperty("errors").EnumerateArray());
        Assert.Equal("TOO_MANY_INVITATIONS", error.GetProperty("code").GetString());
        Assert.Equal(0, await _kit.CountAsync($"""SELECT count(*) FROM mail_outbox WHERE "to" = 'last-{org:N}@example.test'"""));
        Assert.Equal(InvitationService.PerOrganizationPerHour, await _kit.CountAsync($"SELECT count(*) FROM invitations WHERE organization_id = '{org}'"));
    }

    [Fact]
    public async Task A_token_without_api_write_may_not_invite_change_roles_remove_or_revoke_consents()
    {
        var org = await _kit.OrganizationAsync(OrganizationKind.Client);
        var (_, owner) = await _kit.UserAsync(org, MembershipRole.Owner);
        var (memberId, _) = await _kit.UserAsync(org, MembershipRole.Member);
        var readOnly = await _kit.TokenAsync(owner, scope: "openid email api:read");
        var email = $"scoped-{Guid.NewGuid():N}@example.test";

        var invite = await _kit.GraphQLAsync(MembersKit.InviteMutation, readOnly, new { org = MembersKit.Organization(org), email, role = "MEMBER" });
        var change = await _kit.GraphQLAsync(
            "mutation($org: ID!, $user: ID!) { changeMemberRole(input: { organizationId: $org, userId: $user, role: ADMIN }) { membership { role } } }",
            readOnly, new { org = MembersKit.Organization(org), user = MembersKit.User(memberId) });
        var remove = await _kit.GraphQLAsync(
            "mutation($org: ID!, $user: ID!) { removeMember(input: { organizationId: $org, userId: $user }) { removedUserId } }",
            readOnly, new { org = MembersKit.Organization(org), user = MembersKit.User(memberId) });
        var consent = await _kit.GraphQLAsync("mutation { revokeConsent(input: { clientId: \"x\" }) { clientId } }", readOnly);

        foreach (var json in new[] { invite, change, remove, consent })
        {
            Assert.Equal("AUTH_NOT_AUTHORIZED", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }

        Assert.Equal(0, await _kit.CountAsync($"SELECT count(*) FROM invitations WHERE organization_id = '{org}'"));
        Assert.Equal(1, await _kit.CountAsync($"SELECT count(*) FROM memberships WHERE user_id = '{memberId}' AND role = 'MEMBER'"));
        Assert.Equal(JsonValueKind.Null, (await _kit.InviteAsync(await _kit.TokenAsync(owner), org, email, "MEMBER")).GetProperty("errors").ValueKind);
    }

    [Fact]
    public async Task Concurrent_accepts_of_one_link_make_one_account_and_one_membership()
    {
        var org = await _kit.OrganizationAsync(OrganizationKind.Client);
        var (_, owner) = await _kit.UserAsync(org, MembershipRole.Owner);
        var email = $"race-{Guid.NewGuid():N}@example.test";
        await _kit.InviteAsync(await _kit.TokenAsync(owner), org, email, "MEMBER");
        using var browser = new CodeFlowDriver(server.Factory);
        var fields = await browser.FormFieldsAsync(await _kit.LinkAsync(email));
        fields["name"] = "Racing User";
        fields["password"] = NewPassword;
        fields["confirmation"] = NewPassword;

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => browser.PostAsync(InvitationEndpoints.Path, fields)));
        var statuses = responses.Select(r => r.StatusCode).ToList();
        foreach (var response in responses)
        {
            response.Dispose();
        }

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(7, statuses.Count(s => s == HttpStatusCode.BadRequest));
        Assert.Equal(1, await _kit.CountAsync($"SELECT count(*) FROM users WHERE normalized_email = upper('{email}')"));
        Assert.Equal(1, await _kit.CountAsync(
            $"SELECT count(*) FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organization_id = '{org}' AND u.email = '{email}'"));
        Assert.Equal(1, await _kit.CountAsync($"SELECT count(*) FROM audit_events a JOIN users u ON u.id = a.actor_user_id WHERE a.kind = 'INVITATION_ACCEPTED' AND u.email = '{email}'"));
    }

    [Fact]
    public async Task The_accept_page_refuses_a_post_without_the_antiforgery_token()
    {
        var org = await _kit.OrganizationAsync(OrganizationKind.Client);
        var (_, owner) = await _kit.UserAsync(org, MembershipRole.Owner);
        var email = $"csrf-{Guid.NewGuid():N}@example.test";
        await _kit.InviteAsync(await _kit.TokenAsync(owner), org, email, "MEMBER");
        var link = await _kit.LinkAsync(email);

        using var browser = new CodeFlowDriver(server.Factory);
        using var response = await browser.PostAsync(InvitationEndpoints.Path, new Dictionary<string, string>
        {
            ["token"] = link[(link.IndexOf('=', StringComparison.Ordinal) + 1)..],
            ["name"] = "Forged",
            ["password"] = NewPassword,
            ["confirmation"] = NewPassword,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await _kit.CountAsync($"SELECT count(*) FROM users WHERE normalized_email = upper('{email}')"));
    }

    [Fact]
    public async Task Row_level_security_alone_hides_another_organizations_invitations()
    {
        var mine = await _kit.OrganizationAsync(OrganizationKind.Client);
        var theirs = await _kit.OrganizationAsync(OrganizationKind.Client);
        foreach (var (org, email) in new[] { (mine, "a"), (theirs, "b") })
        {
            var (_, owner) = await _kit.UserAsync(org, MembershipRole.Owner);
            await _kit.InviteAsync(await _kit.TokenAsync(owner), org, $"{email}-{org:N}@example.test", "MEMBER");
        }

        // No filter in the query: only the policy stands between the role and the other tenant's row.
        await using var connection = await server.Database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"SET LOCAL ROLE ktportal_app; SELECT set_config('app.org_ids', '{{{mine}}}', true); SELECT count(*) FILTER (WHERE organization_id = '{mine}'), count(*) FROM invitations";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.NextResultAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(1, reader.GetInt64(0));
        Assert.Equal(1, reader.GetInt64(1));
    }

    private async Task<JsonElement> InvitationsAsync(string token, Guid organizationId)
    {
        var json = await _kit.GraphQLAsync(
            "query($id: ID!) { node(id: $id) { ... on Organization { invitations { id email role } } } }", token, new { id = MembersKit.Organization(organizationId) });
        return json.GetProperty("data").GetProperty("node").GetProperty("invitations");
    }

    private static async Task<string> AcceptAsync(CodeFlowDriver browser, string link, HttpStatusCode expected)
    {
        var fields = await browser.FormFieldsAsync(link);
        fields["name"] = "Some One";
        fields["password"] = NewPassword;
        fields["confirmation"] = NewPassword;
        using var response = await browser.PostAsync(InvitationEndpoints.Path, fields);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    // The page itself refuses the link, and so does a post of the form with it.
    private static async Task AcceptRefusedAsync(CodeFlowDriver browser, string link)
    {
        using (var page = await browser.Browser.GetAsync(new Uri(link, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
            Assert.Contains("invalid, was already used", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // A form with a valid antiforgery token: the login page's, for the same cookie.
        var csrf = await browser.FormFieldsAsync("/oauth/login");
        csrf["token"] = link[(link.IndexOf('=', StringComparison.Ordinal) + 1)..];
        csrf["name"] = "Some One";
        csrf["password"] = NewPassword;
        csrf["confirmation"] = NewPassword;
        using var post = await browser.PostAsync(InvitationEndpoints.Path, csrf);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
    }
}
