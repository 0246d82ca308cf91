using KtPortal.Domain.Identity;
using KtPortal.Domain.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KtPortal.Domain.Persistence;

internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> builder)
    {
        builder.ToTable("tickets");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();

        // The database's sequence numbers the ticket on insert; EF reads it back.
        builder.Property(t => t.Number).HasDefaultValueSql("nextval('ticket_number_seq')").ValueGeneratedOnAdd();
        builder.HasIndex(t => t.Number).IsUnique();
        builder.Property(t => t.Title).IsRequired();
        builder.Property(t => t.Description).IsRequired();
        builder.Property(t => t.Type).IsRequired().HasConversion(EnumText.Converter<TicketType>());
        builder.Property(t => t.Category).IsRequired();
        builder.Property(t => t.Priority).IsRequired().HasConversion(EnumText.Converter<TicketPriority>());
        builder.Property(t => t.Status).IsRequired().HasConversion(EnumText.Converter<TicketStatus>());
        builder.Property(t => t.Source).IsRequired().HasConversion(EnumText.Converter<TicketSource>());
        builder.Property(t => t.Tags).IsRequired();
        builder.Property(t => t.CustomFields).IsRequired().HasColumnType("jsonb");
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Ignore(t => t.DisplayNumber);
        builder.Ignore(t => t.IsQueued);
        builder.Ignore(t => t.IsRateable);
        builder.HasOne<Organization>().WithMany().HasForeignKey(t => t.OrganizationId);
        builder.HasOne<User>().WithMany().HasForeignKey(t => t.RequesterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(t => t.AssigneeId).OnDelete(DeleteBehavior.Restrict);
    }
}
