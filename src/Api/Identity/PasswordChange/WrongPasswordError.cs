using KtPortal.GraphQL.Types;

namespace KtPortal.Api.Identity.PasswordChange;

/// <summary>The current password is wrong, or the account is locked for a few minutes after too many wrong ones.</summary>
public sealed record WrongPasswordError() : MutationError("The current password is incorrect, or the account is locked for a few minutes.")
{
    /// <inheritdoc />
    public override IReadOnlyList<string>? Path => ["input", "currentPassword"];
}
