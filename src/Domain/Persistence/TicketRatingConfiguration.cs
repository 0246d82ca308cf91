using KtPortal.Domain.Identity;
using KtPortal.Domain.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KtPortal.Domain.Persistence;

internal sealed class TicketRatingConfiguration : IEntityTypeConfiguration<TicketRating>
{
    public void Configure(EntityTypeBuilder<TicketRating> builder)
    {
        builder.ToTable("ticket_ratings");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => new { r.TicketId, r.Resolution }).IsUnique();
        builder.HasOne<Ticket>().WithMany().HasForeignKey(r => r.TicketId);
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.RatedById).OnDelete(DeleteBehavior.Restrict);
    }
}
