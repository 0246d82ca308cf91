namespace KtPortal.GraphQL.Authorization;

/// <summary>
/// One authorization requirement on a type or field, as <c>[Authorize]</c> or <c>.Authorize(...)</c> states it.
/// Every rule on a field (and on its type) must pass. Within one rule, the caller must be authenticated, hold
/// at least one of <see cref="Roles"/> (when any are given), every scope of <see cref="Scopes"/>, and satisfy
/// <see cref="Policy"/> (when given). A rule with none of them only requires an authenticated caller.
/// </summary>
/// <param name="Policy">A named policy the host's handler evaluates, or <see langword="null"/>.</param>
/// <param name="Roles">Roles of which the caller must hold one; empty for none.</param>
/// <param name="Scopes">Scopes the caller's token must all carry; empty for none.</param>
public sealed record AuthorizationRule(string? Policy, IReadOnlyList<string> Roles, IReadOnlyList<string> Scopes)
{
    /// <summary>The rule that only requires an authenticated caller.</summary>
    public static AuthorizationRule Authenticated { get; } = new(null, [], []);
}
