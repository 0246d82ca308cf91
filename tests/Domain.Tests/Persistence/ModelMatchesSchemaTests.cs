using KtPortal.Domain.Identity;
using KtPortal.Domain.Persistence;
using KtPortal.Domain.Persistence.Migrations;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KtPortal.Domain.Tests.Persistence;

/// <summary>
/// The EF Core model and the SQL migrations describe the same tables. The migrations own the schema; this
/// test fails the build when the model maps a table, column, type or nullability that they do not create.
/// </summary>
public sealed class ModelMatchesSchemaTests(ModelMatchesSchemaTests.MigratedDatabase database)
    : IClassFixture<ModelMatchesSchemaTests.MigratedDatabase>
{
    public sealed class MigratedDatabase : IAsyncLifetime
    {
        public PostgresDatabase Database { get; } = new();

        public async Task InitializeAsync()
        {
            await Database.InitializeAsync();
            await new DatabaseMigrator(Database.DataSource).MigrateAsync();
        }

        public Task DisposeAsync() => Database.DisposeAsync();

        public PortalDbContext CreateContext() =>
            new(new DbContextOptionsBuilder<PortalDbContext>().UseNpgsql(Database.DataSource).Options);
    }

    private sealed record Column(string Type, bool Nullable);

    private async Task<Dictionary<string, Dictionary<string, Column>>> ReadSchemaAsync()
    {
        const string Sql = """
            SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
            """;
        var tables = new Dictionary<string, Dictionary<string, Column>>(StringComparer.Ordinal);
        await using var command = database.Database.DataSource.CreateCommand(Sql);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var table = reader.GetString(0);
            if (!tables.TryGetValue(table, out var columns))
            {
                tables[table] = columns = new Dictionary<string, Column>(StringComparer.Ordinal);
            }

            columns[reader.GetString(1)] = new Column(reader.GetString(2), reader.GetBoolean(3));
        }

        return tables;
    }

    [Fact]
    public async Task EveryMappedEntityColumnAndType_ExistsInTheMigratedSchema()
    {
        var schema = await ReadSchemaAsync();
        await using var context = database.CreateContext();
        var problems = new List<string>();

        foreach (var entity in context.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            if (!schema.TryGetValue(table, out var columns))
            {
                problems.Add($"{entity.ClrType.Name}: table '{table}' does not exist");
                continue;
            }

            var identifier = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(table, entity.GetSchema());
            var mapped = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in entity.GetProperties())
            {
                var name = property.GetColumnName(identifier)!;
                mapped.Add(name);
                if (!columns.TryGetValue(name, out var column))
                {
                    problems.Add($"{entity.ClrType.Name}.{property.Name}: column '{table}.{name}' does not exist");
                    continue;
                }

                var type = property.GetColumnType();
                if (!string.Equals(type, column.Type, StringComparison.Ordinal))
                {
                    problems.Add($"{entity.ClrType.Name}.{property.Name}: mapped as '{type}', but '{table}.{name}' is '{column.Type}'");
                }

                if (property.IsNullable != column.Nullable)
                {
                    problems.Add($"{entity.ClrType.Name}.{property.Name}: nullable {property.IsNullable} in the model, {column.Nullable} in '{table}.{name}'");
                }
            }

            foreach (var (name, column) in columns)
            {
                if (!mapped.Contains(name) && !column.Nullable)
                {
                    problems.Add($"{entity.ClrType.Name}: required column '{table}.{name}' is not mapped, so inserts would fail");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public async Task Entities_RoundTripThroughTheSchema()
    {
        var agency = new Organization(Guid.NewGuid(), "Agency", "agency-" + Guid.NewGuid().ToString("N")[..8], OrganizationKind.Agency);
        var client = new Organization(Guid.NewGuid(), "Client", "client-" + Guid.NewGuid().ToString("N")[..8], OrganizationKind.Client, agency.Id);
        var user = new User(Guid.NewGuid(), $"{Guid.NewGuid():N}@example.test", "Someone");
        await using (var context = database.CreateContext())
        {
            context.AddRange(agency, client, user);
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateContext())
        {
            var loaded = await context.Organizations.SingleAsync(o => o.Id == client.Id);
            Assert.Equal(OrganizationKind.Client, loaded.Kind);
            Assert.Equal(agency.Id, loaded.ParentOrganizationId);
            Assert.Equal(user.Email, (await context.Users.SingleAsync(u => u.Id == user.Id)).Email);
        }

        Assert.Equal("CLIENT", await database.Database.ScalarAsync<string>($"SELECT kind FROM organizations WHERE id = '{client.Id}'"));
    }

    [Fact]
    public async Task IdentityAndOAuthEntities_RoundTripThroughTheSchema()
    {
        var partner = new Organization(Guid.NewGuid(), "Partner", "partner-" + Guid.NewGuid().ToString("N")[..8], OrganizationKind.Partner);
        var user = new User(Guid.NewGuid(), $"{Guid.NewGuid():N}@example.test", "Someone");
        var membership = Membership.Create(Guid.NewGuid(), user, partner, MembershipRole.PartnerMember);
        var client = OAuthClient.CreateConfidential(Guid.NewGuid(), "client-" + Guid.NewGuid().ToString("N")[..8], "Client", "pbkdf2-sha256$1$AA==$AA==",
            [OAuthGrantTypes.ClientCredentials], ["api:read", "api:write"]);
        client.ActFor(partner, MembershipRole.PartnerAdmin);
        client.ConfigureTokens(SigningAlgorithm.Es256, TimeSpan.FromMinutes(15));
        var now = DateTimeOffset.UtcNow;
        var key = new SigningKey("kid-" + Guid.NewGuid().ToString("N")[..8], SigningAlgorithm.Es256, "public", "protected", now, now, now.AddDays(30), now.AddDays(31));
        var token = new IssuedToken(Guid.NewGuid(), client.ClientId, client.ClientId, partner.Id, "api:read", now, now.AddHours(1));
        await using (var context = database.CreateContext())
        {
            context.AddRange(partner, user, membership, client, key);
            await context.SaveChangesAsync();
            context.Add(token);
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateContext())
        {
            Assert.Equal(MembershipRole.PartnerMember, (await context.Memberships.SingleAsync(m => m.Id == membership.Id)).Role);
            var loaded = await context.OAuthClients.SingleAsync(c => c.Id == client.Id);
            Assert.Equal(["api:read", "api:write"], loaded.AllowedScopes);
            Assert.Equal(MembershipRole.PartnerAdmin, loaded.ActingRole);
            Assert.Equal(SigningAlgorithm.Es256, loaded.SigningAlgorithm);
            Assert.Equal(900, loaded.AccessTokenLifetimeSeconds);
            Assert.Equal(SigningAlgorithm.Es256, (await context.SigningKeys.SingleAsync(k => k.Kid == key.Kid)).Algorithm);
            Assert.Equal(client.ClientId, (await context.IssuedTokens.SingleAsync(t => t.Jti == token.Jti)).ClientId);
            Assert.Equal(user.Email, (await context.Users.SingleAsync(u => u.Id == user.Id)).NormalizedEmail?.ToLowerInvariant());
        }

        Assert.Equal("PARTNER_MEMBER", await database.Database.ScalarAsync<string>($"SELECT role FROM memberships WHERE id = '{membership.Id}'"));
        Assert.Equal("CONFIDENTIAL", await database.Database.ScalarAsync<string>($"SELECT client_type FROM oauth_clients WHERE id = '{client.Id}'"));
    }

    [Fact]
    public async Task MembershipTrigger_RefusesARoleTheOrganizationsKindDoesNotHave()
    {
        var client = new Organization(Guid.NewGuid(), "Client", "client-" + Guid.NewGuid().ToString("N")[..8], OrganizationKind.Client);
        var user = new User(Guid.NewGuid(), $"{Guid.NewGuid():N}@example.test", "Someone");
        await using (var context = database.CreateContext())
        {
            context.AddRange(client, user);
            await context.SaveChangesAsync();
        }

        var exception = await Assert.ThrowsAsync<PostgresException>(() => database.Database.ScalarAsync<int>(
            $"INSERT INTO memberships (id, user_id, organization_id, role) VALUES (gen_random_uuid(), '{user.Id}', '{client.Id}', 'AGENT') RETURNING 1"));

        Assert.Equal(PostgresErrorCodes.CheckViolation, exception.SqlState);
        Assert.Equal("memberships_role_matches_kind", exception.ConstraintName);
    }

    [Fact]
    public async Task OAuthClients_APublicClientWithASecret_IsRefusedByTheSchema()
    {
        var exception = await Assert.ThrowsAsync<PostgresException>(() => database.Database.ScalarAsync<int>(
            "INSERT INTO oauth_clients (id, client_id, display_name, client_type, secret_hash) VALUES (gen_random_uuid(), 'x-public', 'X', 'PUBLIC', 'hash') RETURNING 1"));

        Assert.Equal("oauth_clients_secret_matches_type", exception.ConstraintName);
    }
}
