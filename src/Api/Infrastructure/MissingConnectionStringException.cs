namespace KtPortal.Api.Infrastructure;

/// <summary>No database is configured.</summary>
public sealed class MissingConnectionStringException : Exception
{
    /// <summary>Creates the exception with the standard explanation.</summary>
    public MissingConnectionStringException()
        : base("no database configured: set ConnectionStrings__Portal to a PostgreSQL connection string, or start with ./portal run, which runs an embedded PostgreSQL.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public MissingConnectionStringException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public MissingConnectionStringException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
