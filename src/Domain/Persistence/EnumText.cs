using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace KtPortal.Domain.Persistence;

/// <summary>
/// Stores enums as the UPPER_SNAKE text that the SQL check constraints and the GraphQL schema use
/// (<c>OrganizationKind.Agency</c> is <c>'AGENCY'</c>).
/// </summary>
internal static class EnumText
{
    public static ValueConverter<TEnum, string> Converter<TEnum>()
        where TEnum : struct, Enum
        => new(value => ToText(value), text => Parse<TEnum>(text));

    public static string ToText<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => SnakeCaseNaming.ToSnakeCase(value.ToString()).ToUpperInvariant();

    public static TEnum Parse<TEnum>(string text)
        where TEnum : struct, Enum
        => Enum.Parse<TEnum>(text.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true);
}
