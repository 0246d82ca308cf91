using KtPortal.Domain.Identity;
using KtPortal.Domain.Notifications;
using KtPortal.Domain.Plans;
using KtPortal.Domain.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace KtPortal.Domain.Persistence;

/// <summary>
/// The EF Core model of the portal's database. The schema itself is owned by the SQL migrations in
/// <c>Migrations/</c>; a test checks that this model and the migrated schema agree. It is ASP.NET Core
/// Identity's user context too (users, their claims, external logins and tokens), without Identity roles:
/// roles live on <see cref="Membership"/>.
/// </summary>
public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options) : IdentityUserContext<User, Guid>(options)
{
    /// <summary>All organizations.</summary>
    public DbSet<Organization> Organizations => Set<Organization>();

    /// <summary>Who belongs to which organization, in which role.</summary>
    public DbSet<Membership> Memberships => Set<Membership>();

    /// <summary>Registered OAuth clients.</summary>
    public DbSet<OAuthClient> OAuthClients => Set<OAuthClient>();

    /// <summary>Keys that sign, or signed, access tokens.</summary>
    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();

    /// <summary>Records of issued access tokens, for revocation and introspection.</summary>
    public DbSet<IssuedToken> IssuedTokens => Set<IssuedToken>();

    /// <summary>The append-only log of security events.</summary>
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    /// <summary>Support tickets.</summary>
    public DbSet<Ticket> Tickets => Set<Ticket>();

    /// <summary>Replies and internal notes on tickets.</summary>
    public DbSet<TicketMessage> TicketMessages => Set<TicketMessage>();

    /// <summary>Tickets' timelines.</summary>
    public DbSet<TicketEvent> TicketEvents => Set<TicketEvent>();

    /// <summary>Satisfaction ratings, one per resolution of a ticket.</summary>
    public DbSet<TicketRating> TicketRatings => Set<TicketRating>();

    /// <summary>Related tickets, each pair once.</summary>
    public DbSet<TicketLink> TicketLinks => Set<TicketLink>();

    /// <summary>SLA targets per priority.</summary>
    public DbSet<SlaPolicy> SlaPolicies => Set<SlaPolicy>();

    /// <summary>In-app notifications.</summary>
    public DbSet<Notification> Notifications => Set<Notification>();

    /// <summary>Users' notification preferences, by kind and channel.</summary>
    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();

    /// <summary>The catalogue of maintenance plans.</summary>
    public DbSet<MaintenancePlan> MaintenancePlans => Set<MaintenancePlan>();

    /// <summary>Which client organization is on which plan.</summary>
    public DbSet<ClientPlan> ClientPlans => Set<ClientPlan>();

    /// <summary>The monthly billing periods of client plans.</summary>
    public DbSet<BillingPeriod> BillingPeriods => Set<BillingPeriod>();

    /// <summary>Time staff logged on tickets.</summary>
    public DbSet<TimeEntry> TimeEntries => Set<TimeEntry>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        modelBuilder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        modelBuilder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        SnakeCaseNaming.Apply(modelBuilder);
    }
}
