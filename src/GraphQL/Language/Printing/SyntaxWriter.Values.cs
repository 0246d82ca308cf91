using System.Runtime.CompilerServices;

namespace KtPortal.GraphQL.Language;

internal sealed partial class SyntaxWriter
{
    // https://spec.graphql.org/October2021/#Value
    private void WriteValue(IValueNode value)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (value)
        {
            case VariableNode variable:
                Write('$');
                Write(variable.Name.Value);
                break;
            case IntValueNode intValue:
                Write(intValue.Value);
                break;
            case FloatValueNode floatValue:
                Write(floatValue.Value);
                break;
            case StringValueNode stringValue:
                WriteString(stringValue);
                break;
            case BooleanValueNode booleanValue:
                Write(booleanValue.Value ? "true" : "false");
                break;
            case NullValueNode:
                Write("null");
                break;
            case EnumValueNode enumValue:
                Write(enumValue.Value);
                break;
            case ListValueNode list:
                Write('[');
                WriteSeparated(list.Values, ", ", static (w, v) => w.WriteValue(v));
                Write(']');
                break;
            case ObjectValueNode obj:
                Write('{');
                WriteSeparated(obj.Fields, ", ", static (w, f) => w.WriteObjectField(f));
                Write('}');
                break;
            default:
                throw new ArgumentException($"Unknown value {value.GetType().Name}.", nameof(value));
        }
    }

    // https://spec.graphql.org/October2021/#ObjectField
    private void WriteObjectField(ObjectFieldNode field)
    {
        Write(field.Name.Value);
        Write(": ");
        WriteValue(field.Value);
    }

    // https://spec.graphql.org/October2021/#StringValue
    private void WriteString(StringValueNode value)
    {
        if (value.Block)
        {
            WriteIndented(BlockStringHelper.Print(value.Value));
            return;
        }

        Write('"');
        ReadOnlySpan<char> text = value.Value;
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c >= ' ' && c != '"' && c != '\\' && (c < '\u007F' || c > '\u009F'))
            {
                continue;
            }

            _builder.Append(text[start..i]);
            WriteEscape(c);
            start = i + 1;
        }

        _builder.Append(text[start..]);
        Write('"');
    }

    private void WriteEscape(char c)
    {
        switch (c)
        {
            case '"':
                Write("\\\"");
                break;
            case '\\':
                Write("\\\\");
                break;
            case '\b':
                Write("\\b");
                break;
            case '\t':
                Write("\\t");
                break;
            case '\n':
                Write("\\n");
                break;
            case '\f':
                Write("\\f");
                break;
            case '\r':
                Write("\\r");
                break;
            default:
                _builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }

    // https://spec.graphql.org/October2021/#Type
    private void WriteType(ITypeNode type)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (type)
        {
            case NamedTypeNode named:
                Write(named.Name.Value);
                break;
            case ListTypeNode list:
                Write('[');
                WriteType(list.Type);
                Write(']');
                break;
            case NonNullTypeNode nonNull:
                WriteType(nonNull.Type);
                Write('!');
                break;
            default:
                throw new ArgumentException($"Unknown type {type.GetType().Name}.", nameof(type));
        }
    }
}
