using System.Collections;
using System.Globalization;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.GraphQL.Types;

/// <summary>Encoding and decoding of global IDs at run time, for the resolvers the schema build generates.</summary>
internal static class NodeIds
{
    // The caller's ID is echoed in the message; a huge one is cut so the error stays readable.
    private const int MaxEchoedLength = 64;

    public static INodeIdSerializer Serializer(IResolverContext context)
        => context.Services.GetService<INodeIdSerializer>() ?? NodeIdSerializer.Default;

    /// <summary>The global ID (or list of them) of a resolved key (or list of keys).</summary>
    public static object? Format(IResolverContext context, string typeName, object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case string or Guid or IFormattable:
                return Serializer(context).Format(typeName, value);
            case IEnumerable items:
                var serializer = Serializer(context);
                var ids = new List<object?>();
                foreach (var item in items)
                {
                    ids.Add(item is null ? null : serializer.Format(typeName, item));
                }

                return ids;
            default:
                return Serializer(context).Format(typeName, value);
        }
    }

    /// <summary>
    /// Decodes an ID argument or input field (a string, or a list of them) to <typeparamref name="T"/>: a key type
    /// or a list of one. A malformed ID, or one of another type than <paramref name="typeName"/>, fails the field.
    /// </summary>
    public static T Decode<T>(IResolverContext context, object? value, string? typeName)
    {
        if (value is null)
        {
            return default!;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (value is string id)
        {
            return (T)DecodeOne(context, id, typeName, target)!;
        }

        var keyType = KeyTypeOfList(target);
        var keys = new List<object?>();
        foreach (var item in (IEnumerable)value)
        {
            keys.Add(item is string itemId ? DecodeOne(context, itemId, typeName, keyType) : null);
        }

        return InputValueConverter.Convert<T>(keys);
    }

    /// <summary>The key of a global ID as <paramref name="keyType"/>, or a <c>VALIDATION_FAILED</c> error.</summary>
    public static object DecodeOne(IResolverContext context, string id, string? typeName, Type keyType)
    {
        if (!Serializer(context).TryParse(id, out var nodeId)
            || (typeName is not null && !string.Equals(nodeId.TypeName, typeName, StringComparison.Ordinal))
            || !TryConvertKey(nodeId.Key, keyType, out var key))
        {
            throw Invalid(id, typeName);
        }

        return key;
    }

    public static bool TryConvertKey(string text, Type keyType, out object key)
    {
        key = text;
        if (keyType == typeof(string) || keyType == typeof(object))
        {
            return true;
        }

        if (keyType == typeof(int) && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var int32))
        {
            key = int32;
            return true;
        }

        if (keyType == typeof(long) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var int64))
        {
            key = int64;
            return true;
        }

        if (keyType == typeof(Guid) && Guid.TryParse(text, out var guid))
        {
            key = guid;
            return true;
        }

        return false;
    }

    public static GraphQLException Invalid(string id, string? typeName)
    {
        var echoed = id.Length > MaxEchoedLength ? string.Concat(id.AsSpan(0, MaxEchoedLength), "…") : id;
        var message = typeName is null
            ? $"The ID \"{echoed}\" is not a valid node ID."
            : $"The ID \"{echoed}\" is not a valid {typeName} ID.";
        return new GraphQLException(message, ErrorCodes.ValidationFailed);
    }

    /// <summary>The key type a list of keys holds (<c>int[]</c>, <c>List&lt;Guid&gt;</c>, ...).</summary>
    public static Type KeyTypeOfList(Type listType)
    {
        if (listType.IsArray)
        {
            return listType.GetElementType()!;
        }

        var element = listType.IsGenericType ? listType.GetGenericArguments()[0] : typeof(string);
        return Nullable.GetUnderlyingType(element) ?? element;
    }
}
