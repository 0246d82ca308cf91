namespace KtPortal.Api.Tenancy;

/// <summary>
/// Who is asking, and which tenants they may see: resolved once per request from the access token (see
/// <see cref="ViewerResolver"/>). Both layers of tenant isolation read it: the application's query scopes
/// (<see cref="TenantScope"/>) and the database session (<see cref="TenantDatabase"/>).
/// </summary>
public sealed record Viewer
{
    /// <summary>The anonymous caller: no tenant at all.</summary>
    public static Viewer Anonymous { get; } = new();

    /// <summary>Whether the caller presented a valid access token.</summary>
    public bool IsAuthenticated { get; init; }

    /// <summary>The signed-in user, or <see langword="null"/> for a client acting for itself (client credentials).</summary>
    public Guid? UserId { get; init; }

    /// <summary>The OAuth client the token was issued to.</summary>
    public string? ClientId { get; init; }

    /// <summary>The organization the token acts for (its <c>org_id</c> claim), if any.</summary>
    public Guid? CurrentOrganizationId { get; init; }

    /// <summary>The granted scopes.</summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];

    /// <summary>
    /// The organizations whose data the caller may see: those they belong to (or the client acts for), and the
    /// client organizations of any partner among them.
    /// </summary>
    public IReadOnlySet<Guid> OrganizationIds { get; init; } = new HashSet<Guid>();

    /// <summary>Agency staff act across every tenant.</summary>
    public bool IsStaff { get; init; }

    /// <summary>Whether the caller may see the organization <paramref name="organizationId"/>.</summary>
    public bool CanSee(Guid organizationId) => IsStaff || OrganizationIds.Contains(organizationId);
}
