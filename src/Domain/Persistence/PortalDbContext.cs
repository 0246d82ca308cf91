using KtPortal.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace KtPortal.Domain.Persistence;

/// <summary>
/// The EF Core model of the portal's database. The schema itself is owned by the SQL migrations in
/// <c>Migrations/</c>; a test checks that this model and the migrated schema agree.
/// </summary>
public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options) : DbContext(options)
{
    /// <summary>All organizations.</summary>
    public DbSet<Organization> Organizations => Set<Organization>();

    /// <summary>All users.</summary>
    public DbSet<User> Users => Set<User>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        SnakeCaseNaming.Apply(modelBuilder);
    }
}
