using System.Security.Cryptography;
using System.Text;

namespace KtPortal.Domain.Persistence.Migrations;

/// <summary>One versioned SQL migration.</summary>
/// <param name="Version">The number that orders migrations; taken from the file name's leading digits.</param>
/// <param name="Name">The file name without its extension, e.g. <c>0001_organizations_and_users</c>.</param>
/// <param name="Sql">The SQL to run, in one transaction.</param>
public sealed record Migration(int Version, string Name, string Sql)
{
    /// <summary>
    /// The SHA-256 of the SQL with line endings normalized, so that a checkout with CRLF endings does not
    /// count as a change.
    /// </summary>
    public string Checksum { get; } = ComputeChecksum(Sql);

    private static string ComputeChecksum(string sql)
    {
        var normalized = sql.Replace("\r\n", "\n", StringComparison.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }
}
