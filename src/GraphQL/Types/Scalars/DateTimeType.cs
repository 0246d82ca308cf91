using System.Globalization;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>
/// <c>DateTime</c>: an instant with its UTC offset, as an RFC 3339 <c>date-time</c> string. Runtime values are
/// <see cref="DateTimeOffset"/>. Input needs an offset (<c>Z</c> or <c>±hh:mm</c>) and takes up to seven
/// fractional digits. Output is <c>yyyy-MM-ddTHH:mm:ss.fff</c> followed by <c>Z</c> for a zero offset or by the
/// offset, so the caller's offset survives a round trip and precision is milliseconds. Results may also be a
/// <see cref="DateTime"/> whose kind is UTC or local; an unspecified kind has no offset and is an error.
/// </summary>
// https://scalars.graphql.org/andimarek/date-time.html
public sealed class DateTimeType : ScalarType
{
    private const string Format = "date-time";

    private DateTimeType()
        : base(
            "DateTime",
            "A date and time with a UTC offset, as an RFC 3339 `date-time` string such as `2024-05-01T13:45:30.000Z`.",
            "https://scalars.graphql.org/andimarek/date-time.html")
    {
    }

    /// <summary>The shared instance.</summary>
    public static DateTimeType Instance { get; } = new();

    /// <inheritdoc/>
    public override Type RuntimeType => typeof(DateTimeOffset);

    /// <inheritdoc/>
    public override object? ParseLiteral(IValueNode literal) => TextScalar.ParseLiteral<DateTimeOffset>(this, literal, TryParse, Format);

    /// <inheritdoc/>
    public override object? ParseValue(object? externalValue) => TextScalar.ParseValue<DateTimeOffset>(this, externalValue, TryParse, Format);

    /// <inheritdoc/>
    public override object? Serialize(object runtimeValue) => runtimeValue switch
    {
        DateTimeOffset value => Print(value),
        DateTime { Kind: DateTimeKind.Unspecified } value
            => throw new CoercionException($"DateTime cannot represent a date-time without an offset: {value.ToString("O", CultureInfo.InvariantCulture)}"),
        DateTime value => Print(new DateTimeOffset(value)),
        string text => TextScalar.SerializeText<DateTimeOffset>(this, text, TryParse, Print, Format),
        _ => throw TextScalar.NotRepresentable(this, runtimeValue),
    };

    /// <summary>The output form: milliseconds, and <c>Z</c> for a zero offset.</summary>
    public static string Print(DateTimeOffset value)
        => value.Offset == TimeSpan.Zero
            ? PrintUtc(value.UtcDateTime)
            : value.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffzzz", CultureInfo.InvariantCulture);

    // yyyy-MM-ddTHH:mm:ss.fffZ written digit by digit: lists of rows print one per row, and the custom format
    // string is parsed again on every ToString call.
    private static string PrintUtc(DateTime value)
        => string.Create(24, value, static (text, time) =>
        {
            Digits(text[..4], time.Year);
            text[4] = '-';
            Digits(text.Slice(5, 2), time.Month);
            text[7] = '-';
            Digits(text.Slice(8, 2), time.Day);
            text[10] = 'T';
            Digits(text.Slice(11, 2), time.Hour);
            text[13] = ':';
            Digits(text.Slice(14, 2), time.Minute);
            text[16] = ':';
            Digits(text.Slice(17, 2), time.Second);
            text[19] = '.';
            Digits(text.Slice(20, 3), time.Millisecond);
            text[23] = 'Z';
        });

    private static void Digits(Span<char> text, int value)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            text[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    /// <summary>Parses an RFC 3339 <c>date-time</c>: <c>2024-05-01T13:45:30.5+02:00</c>.</summary>
    // https://datatracker.ietf.org/doc/html/rfc3339#section-5.6
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = default;
        var s = text.AsSpan();
        if (s.Length < 20 || s[10] is not ('T' or 't') || s[13] != ':' || s[16] != ':'
            || !DateType.TryParseDate(s[..10], out var date)
            || !TryDigits(s[11..13], out var hour) || hour > 23
            || !TryDigits(s[14..16], out var minute) || minute > 59
            || !TryDigits(s[17..19], out var second) || second > 59)
        {
            return false;
        }

        var rest = s[19..];
        long fractionTicks = 0;
        if (rest[0] == '.')
        {
            var digits = 1;
            while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
            {
                digits++;
            }

            if (digits == 1)
            {
                return false;
            }

            // Ticks are 100 ns: seven digits; further digits cannot be kept.
            var kept = rest[1..Math.Min(digits, 8)];
            fractionTicks = long.Parse(kept, NumberStyles.None, CultureInfo.InvariantCulture) * (long)Math.Pow(10, 7 - kept.Length);
            rest = rest[digits..];
        }

        if (!TryParseOffset(rest, out var offset))
        {
            return false;
        }

        var local = date.ToDateTime(new TimeOnly(hour, minute, second)).AddTicks(fractionTicks);
        var utcTicks = local.Ticks - offset.Ticks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        value = new DateTimeOffset(local, offset);
        return true;
    }

    private static bool TryParseOffset(ReadOnlySpan<char> s, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (s is "Z" or "z")
        {
            return true;
        }

        if (s.Length != 6 || s[0] is not ('+' or '-') || s[3] != ':'
            || !TryDigits(s[1..3], out var hours) || !TryDigits(s[4..6], out var minutes)
            || minutes > 59 || hours > 14 || (hours == 14 && minutes > 0))
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0);
        if (s[0] == '-')
        {
            offset = -offset;
        }

        return true;
    }

    internal static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
