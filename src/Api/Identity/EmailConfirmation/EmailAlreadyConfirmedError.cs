using KtPortal.GraphQL.Types;

namespace KtPortal.Api.Identity.EmailConfirmation;

/// <summary>The caller's email address is already confirmed: there is nothing to send.</summary>
public sealed record EmailAlreadyConfirmedError() : MutationError("The email address is already confirmed.");
