using KtPortal.GraphQL;

namespace KtPortal.Api.Identity.Members;

/// <summary>The result of <c>removeMember</c>.</summary>
/// <param name="RemovedUserId">The removed member (a <c>User</c> global ID); null when the removal failed.</param>
public sealed record RemoveMemberPayload([property: ID("User")] Guid? RemovedUserId);
