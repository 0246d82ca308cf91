namespace KtPortal.Domain.Persistence.Migrations;

/// <summary>The database and this build's migrations disagree; start-up must stop.</summary>
public sealed class MigrationException : Exception
{
    /// <summary>Creates the exception with a message that says what to do.</summary>
    public MigrationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the failure behind it.</summary>
    public MigrationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public MigrationException()
    {
    }
}
