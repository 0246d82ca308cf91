using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace KtPortal.GraphQL.Data.Tests.Filtering;

/// <summary>Prints generated input trees as GraphQL literals and as variable values.</summary>
public static class GraphQLLiterals
{
    /// <summary>The value as GraphQL literal text.</summary>
    public static string Print(object? value)
    {
        var builder = new StringBuilder();
        Print(builder, value);
        return builder.ToString();
    }

    /// <summary>The value as a transport would decode it from JSON variables.</summary>
    public static object? ToVariable(object? value) => value switch
    {
        null => null,
        EnumLiteral literal => literal.Name,
        DateTimeOffset time => Time(time),
        IDictionary<string, object?> fields => fields.ToDictionary(f => f.Key, f => ToVariable(f.Value)),
        IList items => items.Cast<object?>().Select(ToVariable).ToList(),
        _ => value,
    };

    private static string Time(DateTimeOffset time)
        => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static void Print(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case EnumLiteral literal:
                builder.Append(literal.Name);
                break;
            case string text:
                builder.Append(JsonSerializer.Serialize(text));
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case int number:
                builder.Append(number.ToString(CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset time:
                builder.Append('"').Append(Time(time)).Append('"');
                break;
            case IDictionary<string, object?> fields:
                builder.Append('{');
                var first = true;
                foreach (var (name, field) in fields)
                {
                    builder.Append(first ? " " : ", ").Append(name).Append(": ");
                    Print(builder, field);
                    first = false;
                }

                builder.Append(first ? "}" : " }");
                break;
            case IList items:
                builder.Append('[');
                for (var i = 0; i < items.Count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : ", ");
                    Print(builder, items[i]);
                }

                builder.Append(']');
                break;
            default:
                throw new ArgumentException($"Cannot print {value.GetType().Name}.", nameof(value));
        }
    }
}
