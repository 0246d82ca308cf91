using System.Security.Cryptography;
using System.Text;
using KtPortal.Domain.Identity;
using KtPortal.Domain.Persistence;
using Npgsql;

namespace KtPortal.Api.Seed;

/// <summary>
/// The demo organizations and users that <c>./portal run</c> loads. Ids derive from stable names, and every
/// insert is <c>ON CONFLICT DO NOTHING</c>, so loading twice, or from two processes at once, changes nothing.
/// </summary>
public sealed class DemoSeed(NpgsqlDataSource dataSource)
{
    /// <summary>The demo organizations: slug, name, kind and the slug of the partner holding it.</summary>
    public static IReadOnlyList<(string Slug, string Name, OrganizationKind Kind, string? ParentSlug)> Organizations { get; } =
    [
        ("kre8ivtech", "Kre8ivTech", OrganizationKind.Agency, null),
        ("acme", "Acme Corporation", OrganizationKind.Client, null),
        ("globex", "Globex", OrganizationKind.Client, null),
        ("northwind", "Northwind Partners", OrganizationKind.Partner, null),
        ("initech", "Initech", OrganizationKind.Client, "northwind"),
    ];

    /// <summary>The demo users: email and display name.</summary>
    public static IReadOnlyList<(string Email, string DisplayName)> Users { get; } =
    [
        ("admin@kre8ivtech.test", "Ada Admin"),
        ("agent@kre8ivtech.test", "Alan Agent"),
        ("owner@acme.test", "Olivia Owner"),
        ("member@acme.test", "Max Member"),
        ("owner@globex.test", "Grace Owner"),
        ("partner@northwind.test", "Nora Partner"),
    ];

    /// <summary>The stable id of a demo record, derived from its kind and key.</summary>
    public static Guid IdOf(string kind, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"ktportal-demo:{kind}:{key}"));
        return new Guid(hash.AsSpan(0, 16));
    }

    /// <summary>Inserts whatever part of the seed is missing.</summary>
    public async Task ApplyAsync(CancellationToken cancellationToken = default)
    {
        await using var batch = dataSource.CreateBatch();
        foreach (var (slug, name, kind, parentSlug) in Organizations)
        {
            batch.BatchCommands.Add(Command(
                """
                INSERT INTO organizations (id, name, slug, kind, parent_organization_id)
                VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING
                """,
                IdOf("organization", slug),
                name,
                slug,
                EnumText.ToText(kind),
                parentSlug is null ? DBNull.Value : IdOf("organization", parentSlug)));
        }

        foreach (var (email, displayName) in Users)
        {
            batch.BatchCommands.Add(Command(
                "INSERT INTO users (id, email, display_name) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                IdOf("user", email),
                email,
                displayName));
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }
}
