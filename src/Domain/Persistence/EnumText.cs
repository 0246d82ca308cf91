using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace KtPortal.Domain.Persistence;

/// <summary>
/// Stores enums as the UPPER_SNAKE text that the SQL check constraints and the GraphQL schema use
/// (<c>OrganizationKind.Agency</c> is <c>'AGENCY'</c>).
/// </summary>
public static class EnumText
{
    /// <summary>The EF Core converter between the enum and its text.</summary>
    public static ValueConverter<TEnum, string> Converter<TEnum>()
        where TEnum : struct, Enum
        => new(value => ToText(value), text => Parse<TEnum>(text));

    /// <summary>The stored text of a value, e.g. <c>AGENCY</c>.</summary>
    public static string ToText<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => SnakeCaseNaming.ToSnakeCase(value.ToString()).ToUpperInvariant();

    /// <summary>The value stored as <paramref name="text"/>.</summary>
    public static TEnum Parse<TEnum>(string text)
        where TEnum : struct, Enum
        => Enum.Parse<TEnum>(text.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true);
}
