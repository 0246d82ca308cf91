using KtPortal.GraphQL;

namespace KtPortal.Api.Identity.EmailConfirmation;

/// <summary>A confirmation mail was put in the outbox.</summary>
/// <param name="Email">The address it goes to.</param>
[GraphQLName("EmailConfirmationSent")]
public sealed record EmailConfirmationSent(string Email);
