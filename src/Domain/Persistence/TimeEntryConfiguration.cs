using KtPortal.Domain.Identity;
using KtPortal.Domain.Plans;
using KtPortal.Domain.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KtPortal.Domain.Persistence;

internal sealed class TimeEntryConfiguration : IEntityTypeConfiguration<TimeEntry>
{
    public void Configure(EntityTypeBuilder<TimeEntry> builder)
    {
        builder.ToTable("time_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Description).IsRequired();
        builder.Property(e => e.RateType).IsRequired().HasConversion(EnumText.Converter<RateType>());
        builder.HasIndex(e => new { e.TicketId, e.WorkDate });
        builder.HasOne<Ticket>().WithMany().HasForeignKey(e => e.TicketId);
        builder.HasOne<User>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
