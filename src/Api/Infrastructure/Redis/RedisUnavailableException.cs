namespace KtPortal.Api.Infrastructure.Redis;

/// <summary>Redis could not be reached, or is misconfigured.</summary>
public sealed class RedisUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RedisUnavailableException()
        : base("Redis is unavailable.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public RedisUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public RedisUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
