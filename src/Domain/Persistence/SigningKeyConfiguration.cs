using KtPortal.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KtPortal.Domain.Persistence;

internal sealed class SigningKeyConfiguration : IEntityTypeConfiguration<SigningKey>
{
    public void Configure(EntityTypeBuilder<SigningKey> builder)
    {
        builder.ToTable("signing_keys");
        builder.HasKey(k => k.Kid);
        builder.Property(k => k.Algorithm).IsRequired().HasConversion(EnumText.Converter<SigningAlgorithm>());
        builder.Property(k => k.PublicKey).IsRequired();
        builder.Property(k => k.ProtectedPrivateKey).IsRequired();
    }
}
