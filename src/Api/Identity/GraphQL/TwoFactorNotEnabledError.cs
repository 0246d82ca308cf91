using KtPortal.GraphQL.Types;

namespace KtPortal.Api.Identity.GraphQL;

/// <summary>The operation needs two-factor sign-in to be on (or an enrolment to be begun), and it is not.</summary>
public sealed record TwoFactorNotEnabledError() : MutationError("Two-factor sign-in is not enabled.");
