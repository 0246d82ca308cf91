using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;

namespace KtPortal.GraphQL.Utilities;

/// <summary>
/// Converts a coerced input value (a scalar's runtime value, an enum's runtime value, a <see cref="List{T}"/> of
/// <see cref="object"/>, or an input object's runtime value) to the CLR type a resolver, constructor parameter or
/// property asks for. The conversion for each target type is chosen once and cached.
/// </summary>
internal static class InputValueConverter
{
    private static readonly ConcurrentDictionary<Type, Func<object, object?>> Converters = new();

    /// <summary>The value of the field <paramref name="name"/>, or <paramref name="fallback"/> when it was not given.</summary>
    public static T Field<T>(IReadOnlyDictionary<string, object?> fields, string name, T fallback)
        => fields.TryGetValue(name, out var value) ? Convert<T>(value) : fallback;

    public static T Convert<T>(object? value)
    {
        if (value is T typed)
        {
            return typed;
        }

        return value is null ? default! : (T)Converters.GetOrAdd(typeof(T), CreateConverter)(value)!;
    }

    private static Func<object, object?> CreateConverter(Type target)
    {
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (TryGetListElement(underlying, out var element))
        {
            var convertList = typeof(InputValueConverter).GetMethod(nameof(ConvertList), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(element)
                .CreateDelegate<Func<object, bool, object>>();
            var asArray = underlying.IsArray;
            return value => convertList(value, asArray);
        }

        if (underlying.IsEnum)
        {
            // An SDL-first enum's runtime value is its GraphQL name (GREEN), which names the C# member (Green).
            return value => value is string name ? Enum.Parse(underlying, name, ignoreCase: true) : Enum.ToObject(underlying, value);
        }

        if (underlying == typeof(Guid))
        {
            return value => value is string text ? Guid.Parse(text) : ChangeType(value, target, underlying);
        }

        if (underlying == typeof(DateTime))
        {
            return value => value is DateTimeOffset offset ? offset.UtcDateTime : ChangeType(value, target, underlying);
        }

        return value => target.IsInstanceOfType(value) ? value : ChangeType(value, target, underlying);
    }

    private static object ChangeType(object value, Type target, Type underlying)
        => value is IConvertible
            ? System.Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture)
            : throw new InvalidCastException($"A value of type {value.GetType()} cannot be converted to {target}.");

    private static object ConvertList<TElement>(object value, bool asArray)
    {
        var list = new List<TElement>();
        if (value is IEnumerable items and not string)
        {
            foreach (var item in items)
            {
                list.Add(Convert<TElement>(item));
            }
        }
        else
        {
            list.Add(Convert<TElement>(value));
        }

        return asArray ? list.ToArray() : list;
    }

    private static bool TryGetListElement(Type type, out Type element)
    {
        if (type.IsArray)
        {
            element = type.GetElementType()!;
            return true;
        }

        if (type.IsGenericType && type.GetGenericArguments().Length == 1
            && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(List<>) || definition == typeof(IEnumerable<>) || definition == typeof(IList<>)
                || definition == typeof(IReadOnlyList<>) || definition == typeof(ICollection<>)
                || definition == typeof(IReadOnlyCollection<>)))
        {
            element = type.GetGenericArguments()[0];
            return true;
        }

        element = typeof(object);
        return false;
    }
}
