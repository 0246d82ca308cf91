using KtPortal.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KtPortal.Domain.Persistence;

internal sealed class MaintenancePlanConfiguration : IEntityTypeConfiguration<MaintenancePlan>
{
    public void Configure(EntityTypeBuilder<MaintenancePlan> builder)
    {
        builder.ToTable("maintenance_plans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).IsRequired();
        builder.HasIndex(p => p.Name).IsUnique();
        builder.Property(p => p.CoveredTicketTypes).IsRequired();
        builder.Property(p => p.CoveredCategories).IsRequired();
        builder.Property(p => p.DevelopmentRate).HasPrecision(12, 2);
        builder.Property(p => p.SupportRate).HasPrecision(12, 2);
        builder.Property(p => p.MonthlyFee).HasPrecision(12, 2);
        builder.Property(p => p.Currency).IsRequired();
    }
}
