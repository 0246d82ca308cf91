namespace KtPortal.Api.Identity.PasswordReset;

/// <summary>The answer to <c>requestPasswordReset</c>: the same for every email, known or not.</summary>
/// <param name="Accepted">Always true: whether a mail was sent is never said, so accounts cannot be discovered.</param>
public sealed record RequestPasswordResetPayload(bool Accepted);
