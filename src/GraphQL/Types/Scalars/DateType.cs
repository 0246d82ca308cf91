using System.Globalization;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>
/// <c>Date</c>: a calendar date without time or offset, as an RFC 3339 <c>full-date</c> string
/// (<c>yyyy-MM-dd</c>). Runtime values are <see cref="DateOnly"/>.
/// </summary>
// https://scalars.graphql.org/andimarek/local-date.html
public sealed class DateType : ScalarType
{
    private const string Format = "date";

    private DateType()
        : base(
            "Date",
            "A calendar date without a time or offset, as an RFC 3339 `full-date` string such as `2024-05-01`.",
            "https://scalars.graphql.org/andimarek/local-date.html")
    {
    }

    /// <summary>The shared instance.</summary>
    public static DateType Instance { get; } = new();

    /// <inheritdoc/>
    public override Type RuntimeType => typeof(DateOnly);

    /// <inheritdoc/>
    public override object? ParseLiteral(IValueNode literal) => TextScalar.ParseLiteral<DateOnly>(this, literal, TryParse, Format);

    /// <inheritdoc/>
    public override object? ParseValue(object? externalValue) => TextScalar.ParseValue<DateOnly>(this, externalValue, TryParse, Format);

    /// <inheritdoc/>
    public override object? Serialize(object runtimeValue) => runtimeValue switch
    {
        DateOnly value => Print(value),
        string text => TextScalar.SerializeText<DateOnly>(this, text, TryParse, Print, Format),
        _ => throw TextScalar.NotRepresentable(this, runtimeValue),
    };

    /// <summary>The output form, <c>yyyy-MM-dd</c>.</summary>
    public static string Print(DateOnly value) => value.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);

    /// <summary>Parses <c>yyyy-MM-dd</c> exactly: four-digit year, two-digit month and day, a real calendar day.</summary>
    // https://datatracker.ietf.org/doc/html/rfc3339#section-5.6
    public static bool TryParse(string text, out DateOnly value)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParseDate(text, out value);
    }

    internal static bool TryParseDate(ReadOnlySpan<char> s, out DateOnly value)
    {
        value = default;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-'
            || !DateTimeType.TryDigits(s[..4], out var year) || year < 1
            || !DateTimeType.TryDigits(s[5..7], out var month) || month is < 1 or > 12
            || !DateTimeType.TryDigits(s[8..10], out var day) || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        value = new DateOnly(year, month, day);
        return true;
    }
}
