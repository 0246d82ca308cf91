using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace KtPortal.Api.Identity;

/// <summary>
/// One-time recovery codes for a user who lost their authenticator. Only SHA-256 hashes are stored (a code carries
/// 50 random bits, so a fast hash is enough); redeeming marks a code used in the same statement that finds it.
/// </summary>
internal sealed class RecoveryCodes(NpgsqlDataSource dataSource, TimeProvider clock)
{
    /// <summary>How many codes a user gets.</summary>
    public const int Count = 10;

    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>The stored form of a code: its normalized text, hashed.</summary>
    public static string Hash(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(code))));

    /// <summary>Replaces the user's codes with new ones, returned once and never stored in the clear.</summary>
    public async Task<IReadOnlyList<string>> ReplaceAsync(Guid userId, CancellationToken cancellationToken)
    {
        var codes = Enumerable.Range(0, Count).Select(_ => NewCode()).ToArray();
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(Command("DELETE FROM user_recovery_codes WHERE user_id = $1", userId));
        foreach (var code in codes)
        {
            batch.BatchCommands.Add(Command("INSERT INTO user_recovery_codes (user_id, code_hash) VALUES ($1, $2)", userId, Hash(code)));
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        return codes;
    }

    /// <summary>Removes all of the user's codes (two-factor sign-in was turned off).</summary>
    public async Task DeleteAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM user_recovery_codes WHERE user_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Uses up the code if it is one of the user's unused codes; false otherwise.</summary>
    public async Task<bool> RedeemAsync(Guid userId, string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 64)
        {
            return false;
        }

        await using var command = dataSource.CreateCommand(
            "UPDATE user_recovery_codes SET used_at = $3 WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL");
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        command.Parameters.Add(new NpgsqlParameter { Value = Hash(code) });
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static string Normalize(string code) =>
        code.Trim().Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    private static string NewCode()
    {
        var text = RandomNumberGenerator.GetString(Alphabet, 10);
        return $"{text[..5]}-{text[5..]}";
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
