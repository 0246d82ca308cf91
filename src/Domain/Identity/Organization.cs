namespace KtPortal.Domain.Identity;

/// <summary>A tenant: the agency, a client or a partner.</summary>
public sealed class Organization
{
    // For EF Core materialization.
    private Organization()
    {
        Name = string.Empty;
        Slug = string.Empty;
    }

    /// <summary>Creates an organization.</summary>
    public Organization(Guid id, string name, string slug, OrganizationKind kind, Guid? parentOrganizationId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(slug);
        if (parentOrganizationId is not null && kind != OrganizationKind.Client)
        {
            throw new ArgumentException("Only a client organization can have a parent partner.", nameof(parentOrganizationId));
        }

        Id = id;
        Name = name.Trim();
        Slug = slug;
        Kind = kind;
        ParentOrganizationId = parentOrganizationId;
        CreatedAt = DateTimeOffset.UtcNow;
    }

    /// <summary>The organization's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>The display name.</summary>
    public string Name { get; private set; }

    /// <summary>A unique, URL-safe handle such as <c>acme</c>.</summary>
    public string Slug { get; private set; }

    /// <summary>Agency, client or partner.</summary>
    public OrganizationKind Kind { get; private set; }

    /// <summary>The partner that holds this client, if any.</summary>
    public Guid? ParentOrganizationId { get; private set; }

    /// <summary>When the organization was created.</summary>
    public DateTimeOffset CreatedAt { get; private set; }
}
