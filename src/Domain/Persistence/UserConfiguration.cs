using KtPortal.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KtPortal.Domain.Persistence;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Email).IsRequired();
        builder.Property(u => u.DisplayName).IsRequired();
        builder.Property(u => u.CreatedAt).IsRequired();

        // Identity sizes these as varchar(256); the table keeps text with check constraints, like every other table.
        builder.Property(u => u.UserName).HasColumnType("text");
        builder.Property(u => u.NormalizedUserName).HasColumnType("text");
        builder.Property(u => u.Email).HasColumnType("text");
        builder.Property(u => u.NormalizedEmail).HasColumnType("text");
        builder.HasIndex(u => u.NormalizedUserName).HasDatabaseName("users_normalized_user_name_key").IsUnique();
        builder.HasIndex(u => u.NormalizedEmail).HasDatabaseName("users_normalized_email_idx");
    }
}
