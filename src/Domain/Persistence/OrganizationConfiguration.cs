using KtPortal.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KtPortal.Domain.Persistence;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.ToTable("organizations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).IsRequired();
        builder.Property(o => o.Slug).IsRequired();
        builder.HasIndex(o => o.Slug).IsUnique();
        builder.Property(o => o.Kind).IsRequired().HasConversion(EnumText.Converter<OrganizationKind>());
        builder.Property(o => o.CreatedAt).IsRequired();
        builder.HasOne<Organization>().WithMany().HasForeignKey(o => o.ParentOrganizationId);
    }
}
