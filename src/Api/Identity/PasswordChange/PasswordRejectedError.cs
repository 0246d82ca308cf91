using KtPortal.GraphQL.Types;

namespace KtPortal.Api.Identity.PasswordChange;

/// <summary>The new password does not meet the password policy (at least 12 characters).</summary>
/// <param name="Reason">What the policy refused, for people.</param>
public sealed record PasswordRejectedError(string Reason) : MutationError(Reason)
{
    /// <inheritdoc />
    public override IReadOnlyList<string>? Path => ["input", "newPassword"];
}
