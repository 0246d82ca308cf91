namespace KtPortal.Api.Plans.GraphQL;

/// <summary>An amount of money: a decimal amount, never a floating-point number, in an ISO 4217 currency.</summary>
/// <param name="Amount">The amount, e.g. <c>150.00</c>.</param>
/// <param name="Currency">The currency, e.g. <c>USD</c>.</param>
public sealed record Money(decimal Amount, string Currency);
