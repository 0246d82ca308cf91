namespace KtPortal.Domain.Identity;

/// <summary>A person who signs in to the portal.</summary>
public sealed class User
{
    // For EF Core materialization.
    private User()
    {
        Email = string.Empty;
        DisplayName = string.Empty;
    }

    /// <summary>Creates a user.</summary>
    public User(Guid id, string email, string displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        Id = id;
        Email = email.Trim();
        DisplayName = displayName.Trim();
        CreatedAt = DateTimeOffset.UtcNow;
    }

    /// <summary>The user's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>The sign-in email address, unique without regard to case.</summary>
    public string Email { get; private set; }

    /// <summary>The name shown to others.</summary>
    public string DisplayName { get; private set; }

    /// <summary>When the user was created.</summary>
    public DateTimeOffset CreatedAt { get; private set; }
}
