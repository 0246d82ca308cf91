using KtPortal.Domain.Identity;
using KtPortal.Domain.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KtPortal.Domain.Persistence;

internal sealed class TicketMessageConfiguration : IEntityTypeConfiguration<TicketMessage>
{
    public void Configure(EntityTypeBuilder<TicketMessage> builder)
    {
        builder.ToTable("ticket_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Body).IsRequired();
        builder.Property(m => m.AttachmentsJson).IsRequired().HasColumnName("attachments").HasColumnType("jsonb");
        builder.Ignore(m => m.Attachments);
        builder.HasIndex(m => new { m.TicketId, m.CreatedAt, m.Id });
        builder.HasOne<Ticket>().WithMany().HasForeignKey(m => m.TicketId);
        builder.HasOne<User>().WithMany().HasForeignKey(m => m.AuthorId).OnDelete(DeleteBehavior.Restrict);
    }
}
