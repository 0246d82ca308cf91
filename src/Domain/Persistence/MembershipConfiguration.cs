using KtPortal.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KtPortal.Domain.Persistence;

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.ToTable("memberships");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Role).IsRequired().HasConversion(EnumText.Converter<MembershipRole>());
        builder.Property(m => m.CreatedAt).IsRequired();
        builder.HasIndex(m => new { m.UserId, m.OrganizationId }).IsUnique();
        builder.HasOne<User>().WithMany().HasForeignKey(m => m.UserId);
        builder.HasOne<Organization>().WithMany().HasForeignKey(m => m.OrganizationId);
    }
}
