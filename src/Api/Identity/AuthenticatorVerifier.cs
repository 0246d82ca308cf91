using KtPortal.Domain.Identity;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace KtPortal.Api.Identity;

/// <summary>
/// Checks a TOTP code against the user's authenticator key (kept by Identity's <see cref="UserManager{TUser}"/>) and
/// accepts each time step at most once per user.
/// </summary>
internal sealed class AuthenticatorVerifier(UserManager<User> users, NpgsqlDataSource dataSource, TimeProvider clock)
{
    /// <summary>Whether <paramref name="code"/> is the user's current code and its time step was not used before.</summary>
    public async Task<bool> VerifyAsync(User user, string? code, CancellationToken cancellationToken)
    {
        var key = Totp.DecodeKey(await users.GetAuthenticatorKeyAsync(user));
        var normalized = (code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (key is null || Totp.FindStep(key, normalized, clock.GetUtcNow()) is not { } step)
        {
            return false;
        }

        // RFC 6238 §5.2: the verifier MUST NOT accept the second attempt of the same OTP after the first succeeded.
        // The conditional upsert makes two concurrent uses of one code race for the same row: one wins.
        // https://www.rfc-editor.org/rfc/rfc6238#section-5.2
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO user_totp_steps (user_id, last_step) VALUES ($1, $2)
            ON CONFLICT (user_id) DO UPDATE SET last_step = EXCLUDED.last_step WHERE user_totp_steps.last_step < EXCLUDED.last_step
            RETURNING 1
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = user.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = step });
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }
}
