using KtPortal.GraphQL.Types;

namespace KtPortal.Api.Identity.GraphQL;

/// <summary>Two-factor sign-in is already on; turn it off before enrolling another authenticator.</summary>
public sealed record TwoFactorAlreadyEnabledError() : MutationError("Two-factor sign-in is already enabled.");
