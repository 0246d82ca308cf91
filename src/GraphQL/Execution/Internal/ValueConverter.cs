using System.Collections;
using System.Globalization;

namespace KtPortal.GraphQL.Execution.Internal;

/// <summary>Converts coerced input values to the CLR type a resolver asks for.</summary>
internal static class ValueConverter
{
    public static T Convert<T>(object? value)
    {
        if (value is T typed)
        {
            return typed;
        }

        if (value is null)
        {
            return default!;
        }

        return (T)ConvertTo(value, typeof(T))!;
    }

    public static object? ConvertTo(object? value, Type target)
    {
        if (value is null || target.IsInstanceOfType(value))
        {
            return value;
        }

        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying.IsEnum)
        {
            return value is string name ? Enum.Parse(underlying, name, ignoreCase: true) : Enum.ToObject(underlying, value);
        }

        if (value is IEnumerable items and not string && TryGetElementType(underlying, out var elementType))
        {
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
            foreach (var item in items)
            {
                list.Add(ConvertTo(item, elementType));
            }

            if (underlying.IsArray)
            {
                var array = Array.CreateInstance(elementType, list.Count);
                list.CopyTo(array, 0);
                return array;
            }

            return list;
        }

        if (underlying == typeof(Guid) && value is string guid)
        {
            return Guid.Parse(guid);
        }

        if (value is IConvertible)
        {
            return System.Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
        }

        throw new InvalidCastException($"A value of type {value.GetType()} cannot be converted to {target}.");
    }

    private static bool TryGetElementType(Type target, out Type elementType)
    {
        if (target.IsArray)
        {
            elementType = target.GetElementType()!;
            return true;
        }

        if (target.IsGenericType)
        {
            var definition = target.GetGenericTypeDefinition();
            if (definition == typeof(List<>) || definition == typeof(IList<>) || definition == typeof(IReadOnlyList<>)
                || definition == typeof(IEnumerable<>) || definition == typeof(ICollection<>) || definition == typeof(IReadOnlyCollection<>))
            {
                elementType = target.GetGenericArguments()[0];
                return true;
            }
        }

        elementType = typeof(object);
        return false;
    }
}
