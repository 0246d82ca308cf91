using KtPortal.Domain.Identity;
using KtPortal.Domain.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KtPortal.Domain.Persistence;

internal sealed class TicketEventConfiguration : IEntityTypeConfiguration<TicketEvent>
{
    public void Configure(EntityTypeBuilder<TicketEvent> builder)
    {
        builder.ToTable("ticket_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).IsRequired().HasConversion(EnumText.Converter<TicketEventKind>());
        builder.Property(e => e.Data).IsRequired().HasColumnType("jsonb");
        builder.HasIndex(e => new { e.TicketId, e.CreatedAt, e.Id });
        builder.HasOne<Ticket>().WithMany().HasForeignKey(e => e.TicketId);
        builder.HasOne<User>().WithMany().HasForeignKey(e => e.ActorId).OnDelete(DeleteBehavior.Restrict);
    }
}
