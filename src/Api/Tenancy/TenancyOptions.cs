namespace KtPortal.Api.Tenancy;

/// <summary>The two layers of tenant isolation, each switchable on its own (tests prove one with the other off).</summary>
public sealed class TenancyOptions
{
    /// <summary>The configuration section: <c>Tenancy</c>.</summary>
    public const string SectionName = "Tenancy";

    /// <summary>The role the application reads tenant data as (<c>Tenancy:DatabaseRole</c>).</summary>
    public const string DefaultDatabaseRole = "ktportal_app";

    /// <summary>
    /// Whether the application's own scopes (<see cref="TenantScope"/>) filter queries. On by default; off only in
    /// tests that prove row-level security alone.
    /// </summary>
    public bool ApplicationFilter { get; set; } = true;

    /// <summary>
    /// The role each tenant transaction switches to with <c>SET LOCAL ROLE</c>, so that row-level security applies
    /// even when the configured login is the owner or a superuser. Empty: no switch (only for tests that prove the
    /// application's filter alone, connected as the owner).
    /// </summary>
    public string DatabaseRole { get; set; } = DefaultDatabaseRole;
}
