using Microsoft.AspNetCore.Identity;

namespace KtPortal.Domain.Identity;

/// <summary>
/// A person who signs in to the portal. ASP.NET Core Identity owns the sign-in columns (password hash, lockout,
/// security stamp, two-factor) through <see cref="IdentityUser{TKey}"/>; they live on the same <c>users</c> row.
/// The email address is also the Identity user name.
/// </summary>
public sealed class User : IdentityUser<Guid>
{
    // For EF Core materialization.
    private User()
    {
        DisplayName = string.Empty;
    }

    /// <summary>Creates a user whose user name is their email address.</summary>
    public User(Guid id, string email, string displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        Id = id;
        Email = email.Trim();
        UserName = Email;

        // As Identity's default UpperInvariantLookupNormalizer does, so a user saved without UserManager is found by it.
        NormalizedEmail = Email.ToUpperInvariant();
        NormalizedUserName = NormalizedEmail;
        DisplayName = displayName.Trim();
        CreatedAt = DateTimeOffset.UtcNow;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    /// <summary>The name shown to others.</summary>
    public string DisplayName { get; private set; }

    /// <summary>When the user was created.</summary>
    public DateTimeOffset CreatedAt { get; private set; }
}
