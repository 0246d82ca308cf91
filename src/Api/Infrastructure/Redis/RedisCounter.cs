namespace KtPortal.Api.Infrastructure.Redis;

/// <summary>A counter's value after an increment, and how long until it expires.</summary>
/// <param name="Value">The value after the increment.</param>
/// <param name="ExpiresIn">The time left in the counter's window.</param>
public readonly record struct RedisCounter(long Value, TimeSpan ExpiresIn);
