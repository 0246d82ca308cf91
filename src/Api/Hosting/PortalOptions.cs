namespace KtPortal.Api.Hosting;

/// <summary>Settings under the <c>Portal</c> section (environment: <c>Portal__Name</c>).</summary>
public sealed class PortalOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Portal";

    /// <summary>Apply database migrations at start-up. On by default.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Load the idempotent demo seed at start-up. <c>./portal run</c> turns it on.</summary>
    public bool SeedDemoData { get; set; }
}
