namespace KtPortal.Domain.Identity;

/// <summary>A user's role in one organization.</summary>
public sealed class Membership
{
    // For EF Core materialization.
    private Membership()
    {
    }

    private Membership(Guid id, Guid userId, Guid organizationId, MembershipRole role)
    {
        Id = id;
        UserId = userId;
        OrganizationId = organizationId;
        Role = role;
        CreatedAt = DateTimeOffset.UtcNow;
    }

    /// <summary>The membership's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>The member.</summary>
    public Guid UserId { get; private set; }

    /// <summary>The organization.</summary>
    public Guid OrganizationId { get; private set; }

    /// <summary>The member's role in the organization.</summary>
    public MembershipRole Role { get; private set; }

    /// <summary>When the user joined.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Makes <paramref name="user"/> a member of <paramref name="organization"/>.</summary>
    /// <exception cref="ArgumentException">The organization's kind does not have the role.</exception>
    public static Membership Create(Guid id, User user, Organization organization, MembershipRole role)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(organization);
        EnsureValid(role, organization.Kind);
        return new Membership(id, user.Id, organization.Id, role);
    }

    /// <summary>Changes the member's role.</summary>
    /// <exception cref="ArgumentException">The organization's kind does not have the role.</exception>
    public void ChangeRole(MembershipRole role, OrganizationKind organizationKind)
    {
        EnsureValid(role, organizationKind);
        Role = role;
    }

    private static void EnsureValid(MembershipRole role, OrganizationKind kind)
    {
        if (!MembershipRoles.IsValidFor(role, kind))
        {
            throw new ArgumentException($"A {kind} organization has no role {role}.", nameof(role));
        }
    }
}
