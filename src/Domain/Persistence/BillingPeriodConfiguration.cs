using KtPortal.Domain.Identity;
using KtPortal.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KtPortal.Domain.Persistence;

internal sealed class BillingPeriodConfiguration : IEntityTypeConfiguration<BillingPeriod>
{
    public void Configure(EntityTypeBuilder<BillingPeriod> builder)
    {
        builder.ToTable("billing_periods");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.DevelopmentRate).HasPrecision(12, 2);
        builder.Property(p => p.SupportRate).HasPrecision(12, 2);
        builder.Property(p => p.Currency).IsRequired();
        builder.HasIndex(p => new { p.ClientPlanId, p.StartsOn }).IsUnique();
        builder.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId);
        builder.HasOne<ClientPlan>().WithMany().HasForeignKey(p => p.ClientPlanId);
    }
}
