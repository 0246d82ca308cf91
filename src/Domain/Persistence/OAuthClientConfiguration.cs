using KtPortal.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KtPortal.Domain.Persistence;

internal sealed class OAuthClientConfiguration : IEntityTypeConfiguration<OAuthClient>
{
    public void Configure(EntityTypeBuilder<OAuthClient> builder)
    {
        builder.ToTable("oauth_clients");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.ClientId).IsRequired();
        builder.HasIndex(c => c.ClientId).IsUnique();
        builder.HasAlternateKey(c => c.ClientId);
        builder.Property(c => c.DisplayName).IsRequired();
        builder.Property(c => c.ClientType).IsRequired().HasConversion(EnumText.Converter<OAuthClientType>());
        builder.Property(c => c.RedirectUris).IsRequired();
        builder.Property(c => c.AllowedGrantTypes).IsRequired();
        builder.Property(c => c.AllowedScopes).IsRequired();
        builder.Property(c => c.ActingRole).HasConversion(EnumText.Converter<MembershipRole>());
        builder.Property(c => c.SigningAlgorithm).HasConversion(EnumText.Converter<SigningAlgorithm>());
        builder.Property(c => c.CreatedAt).IsRequired();
        builder.Ignore(c => c.IsConfidential);
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId);
    }
}
