using KtPortal.GraphQL.Types;

namespace KtPortal.Api.Identity.Invitations;

/// <summary>The organization sent as many invitations as it may this hour; nothing was sent.</summary>
/// <param name="LimitPerHour">How many an organization may send an hour.</param>
public sealed record TooManyInvitationsError(int LimitPerHour)
    : MutationError($"This organization sent {LimitPerHour} invitations in the last hour, the most it may. Try again later.");
