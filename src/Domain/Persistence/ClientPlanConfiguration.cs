using KtPortal.Domain.Identity;
using KtPortal.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KtPortal.Domain.Persistence;

internal sealed class ClientPlanConfiguration : IEntityTypeConfiguration<ClientPlan>
{
    public void Configure(EntityTypeBuilder<ClientPlan> builder)
    {
        builder.ToTable("client_plans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.DevelopmentRateOverride).HasPrecision(12, 2);
        builder.Property(p => p.SupportRateOverride).HasPrecision(12, 2);
        builder.HasIndex(p => p.OrganizationId).IsUnique().HasFilter("ended_on IS NULL");
        builder.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId);
        builder.HasOne<MaintenancePlan>().WithMany().HasForeignKey(p => p.PlanId);
    }
}
