using KtPortal.Domain.Identity;
using KtPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KtPortal.Domain.Persistence;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Kind).IsRequired();
        builder.Property(n => n.Title).IsRequired();
        builder.Property(n => n.Body).IsRequired();
        builder.Property(n => n.Data).IsRequired().HasColumnType("jsonb");
        builder.HasIndex(n => n.DedupeKey).IsUnique();

        // Set by the database when the notification is inserted (migration 0015).
        builder.Property(n => n.InApp).ValueGeneratedOnAdd();
        builder.HasOne<User>().WithMany().HasForeignKey(n => n.UserId);
        builder.HasOne<Organization>().WithMany().HasForeignKey(n => n.OrganizationId);
    }
}
