using System.Globalization;
using System.Text;

namespace KtPortal.GraphQL.Types;

/// <summary>
/// Describes a coerced value for an error message the way graphql-js <c>inspect</c> does: strings as JSON,
/// objects as <c>{ a: 1 }</c>, at most ten list items, and nesting past two levels as <c>[Array]</c> or
/// <c>[Object]</c>.
/// </summary>
internal static class ValueInspector
{
    private const int MaxListLength = 10;
    private const int MaxDepth = 2;

    public static string Inspect(CoercedValue value)
    {
        var builder = new StringBuilder();
        Append(builder, value, 0);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, CoercedValue value, int depth)
    {
        switch (value)
        {
            case CoercedValue.Null:
                builder.Append("null");
                break;
            case CoercedValue.Boolean boolean:
                builder.Append(boolean.Value ? "true" : "false");
                break;
            case CoercedValue.Number number:
                builder.Append(JsNumberFormatter.Format(number.Value));
                break;
            case CoercedValue.String text:
                AppendJsonString(builder, text.Value);
                break;
            case CoercedValue.List list:
                AppendList(builder, list, depth + 1);
                break;
            case CoercedValue.Object objectValue:
                AppendObject(builder, objectValue, depth + 1);
                break;
        }
    }

    private static void AppendList(StringBuilder builder, CoercedValue.List list, int depth)
    {
        if (list.Items.Count == 0)
        {
            builder.Append("[]");
            return;
        }

        if (depth > MaxDepth)
        {
            builder.Append("[Array]");
            return;
        }

        builder.Append('[');
        var shown = Math.Min(MaxListLength, list.Items.Count);
        for (var i = 0; i < shown; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            Append(builder, list.Items[i], depth);
        }

        var remaining = list.Items.Count - shown;
        if (remaining > 0)
        {
            builder.Append(", ... ").Append(remaining.ToString(CultureInfo.InvariantCulture))
                .Append(remaining == 1 ? " more item" : " more items");
        }

        builder.Append(']');
    }

    private static void AppendObject(StringBuilder builder, CoercedValue.Object objectValue, int depth)
    {
        if (objectValue.Fields.Count == 0)
        {
            builder.Append("{}");
            return;
        }

        if (depth > MaxDepth)
        {
            builder.Append("[Object]");
            return;
        }

        builder.Append("{ ");
        for (var i = 0; i < objectValue.Fields.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(objectValue.Fields[i].Key).Append(": ");
            Append(builder, objectValue.Fields[i].Value, depth);
        }

        builder.Append(" }");
    }

    // JSON.stringify: quotes, backslashes and C0 controls are escaped; everything else stays as it is,
    // except unpaired surrogates.
    private static void AppendJsonString(StringBuilder builder, string value)
    {
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case < ' ':
                    AppendUnicodeEscape(builder, c);
                    break;
                case >= '\uD800' and <= '\uDBFF' when i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]):
                    builder.Append(c).Append(value[++i]);
                    break;
                case >= '\uD800' and <= '\uDFFF':
                    AppendUnicodeEscape(builder, c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        builder.Append('"');
    }

    private static void AppendUnicodeEscape(StringBuilder builder, char c)
        => builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
}
