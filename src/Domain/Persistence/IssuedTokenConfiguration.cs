using KtPortal.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KtPortal.Domain.Persistence;

internal sealed class IssuedTokenConfiguration : IEntityTypeConfiguration<IssuedToken>
{
    public void Configure(EntityTypeBuilder<IssuedToken> builder)
    {
        builder.ToTable("oauth_tokens");
        builder.HasKey(t => t.Jti);
        builder.Property(t => t.Jti).ValueGeneratedNever();
        builder.Property(t => t.ClientId).IsRequired();
        builder.Property(t => t.Subject).IsRequired();
        builder.Property(t => t.Scope).IsRequired();
        builder.HasIndex(t => t.ExpiresAt);
        builder.HasOne<OAuthClient>().WithMany().HasForeignKey(t => t.ClientId).HasPrincipalKey(c => c.ClientId);
        builder.HasOne<Organization>().WithMany().HasForeignKey(t => t.OrganizationId);
    }
}
