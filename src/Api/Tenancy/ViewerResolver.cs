using System.Security.Claims;
using KtPortal.Api.OAuth.Tokens;
using Npgsql;

namespace KtPortal.Api.Tenancy;

/// <summary>
/// Works out a caller's <see cref="Viewer"/> from their access token. It runs before any tenant is known, so it
/// reads memberships through the owner's connection (the privileged path, like sign-in and token issuance),
/// never through a tenant session.
/// </summary>
public sealed class ViewerResolver(NpgsqlDataSource dataSource)
{
    /// <summary>The viewer of <paramref name="principal"/>; <see cref="Viewer.Anonymous"/> without an authenticated one.</summary>
    public async Task<Viewer> ResolveAsync(ClaimsPrincipal? principal, CancellationToken cancellationToken)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return Viewer.Anonymous;
        }

        var clientId = principal.FindFirstValue(AccessTokenClaims.ClientId);
        var subject = principal.FindFirstValue(AccessTokenClaims.Subject);
        Guid? currentOrganization = Guid.TryParse(principal.FindFirstValue(AccessTokenClaims.OrganizationId), out var org) ? org : null;

        // RFC 9068 §2.2: a token with no resource owner has the client as its subject; a user's subject is their id.
        Guid? userId = subject is not null && subject != clientId && Guid.TryParse(subject, out var user) ? user : null;

        var kinds = new Dictionary<Guid, string>();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (userId is { } id)
        {
            await ReadAsync(connection, kinds, "SELECT o.id, o.kind FROM memberships m JOIN organizations o ON o.id = m.organization_id WHERE m.user_id = $1", id, cancellationToken);
        }
        else if (currentOrganization is { } acting)
        {
            await ReadAsync(connection, kinds, "SELECT id, kind FROM organizations WHERE id = $1", acting, cancellationToken);
        }

        var organizations = new HashSet<Guid>(kinds.Keys);
        var partners = kinds.Where(k => k.Value == "PARTNER").Select(k => k.Key).ToArray();
        if (partners.Length > 0)
        {
            // A partner acts for the client organizations it holds.
            await using var command = new NpgsqlCommand("SELECT id FROM organizations WHERE parent_organization_id = ANY ($1)", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = partners });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                organizations.Add(reader.GetGuid(0));
            }
        }

        return new Viewer
        {
            IsAuthenticated = true,
            UserId = userId,
            ClientId = clientId,
            CurrentOrganizationId = currentOrganization,
            Scopes = [.. principal.FindAll(AccessTokenClaims.Scope).Select(c => c.Value)],
            OrganizationIds = organizations,
            IsStaff = kinds.ContainsValue("AGENCY"),
        };
    }

    private static async Task ReadAsync(NpgsqlConnection connection, Dictionary<Guid, string> kinds, string sql, Guid id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            kinds[reader.GetGuid(0)] = reader.GetString(1);
        }
    }
}
