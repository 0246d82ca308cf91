using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.Conformance.Host.Execution.AllKinds;

/// <summary>
/// The reference schema's custom scalar: a calendar date written <c>YYYY-MM-DD</c>, held as that string. Its
/// twin in <c>lib/schemas/allkinds.mjs</c> words every error the same way.
/// </summary>
internal sealed partial class DateScalar : ScalarType
{
    public DateScalar()
        : base("Date", "A calendar date written YYYY-MM-DD.", "https://tools.ietf.org/html/rfc3339")
    {
    }

    public override Type RuntimeType => typeof(string);

    public override object? ParseLiteral(IValueNode literal)
        => literal is StringValueNode { Value: var text } && IsDate(text)
            ? text
            : throw new CoercionException($"Date cannot represent literal: {SyntaxPrinter.Print(literal)}");

    public override object? ParseValue(object? externalValue)
    {
        var text = externalValue switch
        {
            string value => value,
            JsonElement { ValueKind: JsonValueKind.String } element => element.GetString(),
            _ => null,
        };
        return text is not null && IsDate(text)
            ? text
            : throw new CoercionException($"Date cannot represent value: {AsJson(externalValue)}");
    }

    public override object? Serialize(object runtimeValue)
        => runtimeValue is string text && IsDate(text)
            ? text
            : throw new CoercionException($"Date cannot represent value: {AsJson(runtimeValue)}");

    private static bool IsDate(string text) => DatePattern().IsMatch(text);

    // The reference side shows the value as JSON.stringify does; the corpus sends only JSON scalars.
    private static string AsJson(object? value) => value switch
    {
        null => "null",
        JsonElement element => element.GetRawText(),
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => JsonSerializer.Serialize(value),
    };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
