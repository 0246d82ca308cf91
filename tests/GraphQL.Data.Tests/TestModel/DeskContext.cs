using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace KtPortal.GraphQL.Data.Tests.TestModel;

/// <summary>The test model's EF Core context: snake_case tables and columns, enums stored as text.</summary>
public sealed class DeskContext(DbContextOptions<DeskContext> options) : DbContext(options)
{
    /// <summary>Organizations.</summary>
    public DbSet<Organization> Organizations => Set<Organization>();

    /// <summary>Users.</summary>
    public DbSet<User> Users => Set<User>();

    /// <summary>Tickets.</summary>
    public DbSet<Ticket> Tickets => Set<Ticket>();

    /// <summary>Messages.</summary>
    public DbSet<Message> Messages => Set<Message>();

    /// <summary>
    /// Options for a context on <paramref name="connectionString"/>, counting statements with <paramref name="counter"/>
    /// and logging to <paramref name="loggers"/>.
    /// </summary>
    public static DbContextOptions<DeskContext> Options(string connectionString, IInterceptor? counter = null, ILoggerFactory? loggers = null)
    {
        var builder = new DbContextOptionsBuilder<DeskContext>().UseNpgsql(connectionString);
        if (counter is not null)
        {
            builder.AddInterceptors(counter);
        }

        if (loggers is not null)
        {
            builder.UseLoggerFactory(loggers);
        }

        return builder.Options;
    }

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Organization>(e =>
        {
            e.ToTable("organizations");
            e.Property(o => o.Kind).HasConversion<string>();
        });
        modelBuilder.Entity<User>(e =>
        {
            e.ToTable("users");
            e.HasOne(u => u.Organization).WithMany(o => o.Users).HasForeignKey(u => u.OrganizationId);
        });
        modelBuilder.Entity<Ticket>(e =>
        {
            e.ToTable("tickets");
            e.Property(t => t.Status).HasConversion<string>();
            e.Property(t => t.Priority).HasConversion<string>();
            e.HasOne(t => t.Organization).WithMany(o => o.Tickets).HasForeignKey(t => t.OrganizationId);
            e.HasOne(t => t.Requester).WithMany().HasForeignKey(t => t.RequesterId);
            e.HasIndex(t => new { t.CreatedAt, t.Id });
        });
        modelBuilder.Entity<Message>(e =>
        {
            e.ToTable("messages");
            e.HasOne(m => m.Ticket).WithMany(t => t.Messages).HasForeignKey(m => m.TicketId);
            e.HasOne(m => m.Author).WithMany().HasForeignKey(m => m.AuthorId);
            e.HasIndex(m => new { m.TicketId, m.CreatedAt, m.Id });
        });

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }
        }
    }

    private static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
