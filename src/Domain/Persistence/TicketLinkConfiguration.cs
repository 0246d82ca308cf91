using KtPortal.Domain.Identity;
using KtPortal.Domain.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KtPortal.Domain.Persistence;

internal sealed class TicketLinkConfiguration : IEntityTypeConfiguration<TicketLink>
{
    public void Configure(EntityTypeBuilder<TicketLink> builder)
    {
        builder.ToTable("ticket_links");
        builder.HasKey(l => new { l.TicketId, l.RelatedTicketId });
        builder.HasOne<Ticket>().WithMany().HasForeignKey(l => l.TicketId);
        builder.HasOne<Ticket>().WithMany().HasForeignKey(l => l.RelatedTicketId);
        builder.HasOne<User>().WithMany().HasForeignKey(l => l.CreatedById).OnDelete(DeleteBehavior.Restrict);
    }
}
