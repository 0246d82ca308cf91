using System.Collections;
using System.Text.Json;
using KtPortal.GraphQL.Types;
using KtPortal.GraphQL.Validation;
using KtPortal.GraphQL.Utilities;

namespace KtPortal.GraphQL.Execution.Internal;

/// <summary>
/// Coerces an external value (as the transport decoded it) to an input type, reporting each problem with the
/// path inside the value (graphql-js <c>coerceInputValue</c>).
/// </summary>
// https://spec.graphql.org/October2021/#sec-Input-Values
internal sealed class InputCoercion(bool hideSuggestions)
{
    private int _errorCount;

    public delegate void ErrorHandler(IReadOnlyList<object> path, object? invalidValue, string message, Exception? exception);

    public object? Coerce(object? value, IType type, List<object> path, ErrorHandler onError)
    {
        ErrorHandler counting = (errorPath, invalidValue, message, exception) =>
        {
            _errorCount++;
            onError(errorPath, invalidValue, message, exception);
        };
        return CoerceValue(value, type, path, counting);
    }

    private object? CoerceValue(object? value, IType type, List<object> path, ErrorHandler onError)
    {
        value = Normalize(value);
        if (type is NonNullType nonNull)
        {
            if (value is not null)
            {
                return CoerceValue(value, nonNull.Type, path, onError);
            }

            onError([.. path], value, $"Expected non-nullable type \"{type}\" not to be null.", null);
            return null;
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                return CoerceList(value, list.ElementType, path, onError);
            case InputObjectType input:
                return CoerceInputObject(value, input, path, onError);
            case EnumType enumType:
                return CoerceEnum(value, enumType, path, onError);
            case ScalarType scalar:
                return CoerceScalar(value, scalar, path, onError);
            default:
                return null;
        }
    }

    private static object? Normalize(object? value)
        => value is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } ? null : value;

    public static bool IsList(object value) => value switch
    {
        string => false,
        JsonElement element => element.ValueKind == JsonValueKind.Array,
        IReadOnlyDictionary<string, object?> or IDictionary<string, object?> or IDictionary => false,
        IEnumerable => true,
        _ => false,
    };

    private static List<object?> Items(object value)
    {
        var items = new List<object?>();
        if (value is JsonElement element)
        {
            foreach (var item in element.EnumerateArray())
            {
                items.Add(item);
            }

            return items;
        }

        foreach (var item in (IEnumerable)value)
        {
            items.Add(item);
        }

        return items;
    }

    private object? CoerceList(object value, IType itemType, List<object> path, ErrorHandler onError)
    {
        // Lists accept a non-list value as a list of one.
        if (!IsList(value))
        {
            return new List<object?>(1) { CoerceValue(value, itemType, path, onError) };
        }

        var items = Items(value);
        var coerced = new List<object?>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            path.Add(i);
            coerced.Add(CoerceValue(items[i], itemType, path, onError));
            path.RemoveAt(path.Count - 1);
        }

        return coerced;
    }

    private static bool TryGetFields(object value, out List<KeyValuePair<string, object?>> fields)
    {
        fields = [];
        switch (value)
        {
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                foreach (var property in element.EnumerateObject())
                {
                    fields.Add(new(property.Name, property.Value));
                }

                return true;
            case IReadOnlyDictionary<string, object?> readOnly:
                fields.AddRange(readOnly);
                return true;
            case IDictionary<string, object?> dictionary:
                fields.AddRange(dictionary);
                return true;
            default:
                return false;
        }
    }

    private object? CoerceInputObject(object value, InputObjectType type, List<object> path, ErrorHandler onError)
    {
        if (!TryGetFields(value, out var given))
        {
            onError([.. path], value, $"Expected type \"{type.Name}\" to be an object.", null);
            return null;
        }

        var coerced = new Dictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        HashSet<string>? invalidFields = null;
        foreach (var field in type.Fields)
        {
            var found = false;
            object? fieldValue = null;
            foreach (var (name, candidate) in given)
            {
                if (string.Equals(name, field.Name, StringComparison.Ordinal))
                {
                    found = true;
                    fieldValue = candidate;
                    break;
                }
            }

            if (!found)
            {
                if (field.DefaultValue is not null)
                {
                    coerced[field.Name] = LiteralCoercion.Coerce(field.DefaultValue, field.Type, null);
                }
                else if (field.Type.Kind == TypeKind.NonNull)
                {
                    onError([.. path], value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.", null);
                }

                continue;
            }

            path.Add(field.Name);
            var errorsBefore = _errorCount;
            coerced[field.Name] = CoerceValue(fieldValue, field.Type, path, onError);
            if (_errorCount != errorsBefore)
            {
                // graphql-js leaves an invalid field undefined: present as a key, but not null.
                (invalidFields ??= []).Add(field.Name);
            }

            path.RemoveAt(path.Count - 1);
        }

        foreach (var (name, _) in given)
        {
            if (!type.Fields.ContainsField(name))
            {
                var suggestions = hideSuggestions ? [] : Suggestions.SuggestionList(name, FieldNames(type));
                onError([.. path], value, $"Field \"{name}\" is not defined by type \"{type.Name}\"." + Suggestions.DidYouMean(suggestions), null);
            }
        }

        // https://spec.graphql.org/draft/#sec-OneOf-Input-Objects
        if (type.IsOneOf)
        {
            if (coerced.Count != 1)
            {
                onError([.. path], value, $"Exactly one key must be specified for OneOf type \"{type.Name}\".", null);
            }

            foreach (var (key, fieldValue) in coerced)
            {
                if (fieldValue is null && invalidFields?.Contains(key) != true)
                {
                    onError([.. path, key], null, $"Field \"{key}\" must be non-null.", null);
                }

                break;
            }
        }

        return type.RuntimeFactory is null ? coerced : type.RuntimeFactory(coerced);
    }

    private static List<string> FieldNames(InputObjectType type)
    {
        var names = new List<string>(type.Fields.Count);
        foreach (var field in type.Fields)
        {
            names.Add(field.Name);
        }

        return names;
    }

    private object? CoerceEnum(object value, EnumType type, List<object> path, ErrorHandler onError)
    {
        var name = value switch
        {
            string text => text,
            JsonElement { ValueKind: JsonValueKind.String } element => element.GetString(),
            _ => null,
        };
        if (name is null)
        {
            var printed = JsInspect.Inspect(value);
            onError([.. path], value, $"Enum \"{type.Name}\" cannot represent non-string value: {printed}." + DidYouMeanEnumValue(type, printed), null);
            return null;
        }

        if (!type.TryGetValue(name, out var enumValue))
        {
            onError([.. path], value, $"Value \"{name}\" does not exist in \"{type.Name}\" enum." + DidYouMeanEnumValue(type, name), null);
            return null;
        }

        return enumValue.RuntimeValue;
    }

    private string DidYouMeanEnumValue(EnumType type, string unknown)
    {
        if (hideSuggestions)
        {
            return string.Empty;
        }

        var names = new List<string>(type.Values.Count);
        foreach (var value in type.Values)
        {
            names.Add(value.Name);
        }

        return Suggestions.DidYouMean("the enum value", Suggestions.SuggestionList(unknown, names));
    }

    private static object? CoerceScalar(object value, ScalarType type, List<object> path, ErrorHandler onError)
    {
        object? parsed;
        try
        {
            parsed = type.ParseValue(value);
        }
        catch (CoercionException exception)
        {
            onError([.. path], value, exception.Message, exception);
            return null;
        }
        catch (Exception exception) when (exception is FormatException or InvalidCastException or OverflowException or ArgumentException or InvalidOperationException)
        {
            onError([.. path], value, $"Expected type \"{type.Name}\". " + exception.Message, exception);
            return null;
        }

        return parsed;
    }
}
