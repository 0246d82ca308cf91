using System.Collections.Concurrent;

namespace KtPortal.GraphQL.Data.Members;

/// <summary>
/// Arrays of an element type known only at run time. <see cref="Array.CreateInstance(Type, int)"/> makes the array
/// type on every call, which costs microseconds; the array types are made once here.
/// </summary>
internal static class Arrays
{
    private static readonly ConcurrentDictionary<Type, Type> ArrayTypes = new();

    /// <summary>A new array of <paramref name="length"/> elements of <paramref name="elementType"/>.</summary>
    public static Array Create(Type elementType, int length)
        => Array.CreateInstanceFromArrayType(ArrayTypes.GetOrAdd(elementType, static type => type.MakeArrayType()), length);
}
