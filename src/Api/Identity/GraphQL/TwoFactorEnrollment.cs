using KtPortal.GraphQL;

namespace KtPortal.Api.Identity.GraphQL;

/// <summary>A new authenticator key, not active until a code from it is confirmed.</summary>
/// <param name="SharedKey">The key in base32, for typing into an authenticator app.</param>
/// <param name="AuthenticatorUri">The <c>otpauth://totp/...</c> URI, for showing as a QR code.</param>
[GraphQLName("TwoFactorEnrollment")]
public sealed record TwoFactorEnrollment(string SharedKey, string AuthenticatorUri);
