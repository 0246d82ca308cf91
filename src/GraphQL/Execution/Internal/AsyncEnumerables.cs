using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace KtPortal.GraphQL.Execution.Internal;

/// <summary>Views any <see cref="IAsyncEnumerable{T}"/> as a sequence of objects; the adapter is built once per CLR type.</summary>
internal static class AsyncEnumerables
{
    private static readonly ConcurrentDictionary<Type, Func<object, IAsyncEnumerable<object?>>?> Adapters = new();
    private static readonly MethodInfo AdaptMethod = typeof(AsyncEnumerables).GetMethod(nameof(Adapt), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static bool TryAdapt(object value, [NotNullWhen(true)] out IAsyncEnumerable<object?>? items)
    {
        if (value is IAsyncEnumerable<object?> objects)
        {
            items = objects;
            return true;
        }

        var adapter = Adapters.GetOrAdd(value.GetType(), static type => CreateAdapter(type));
        items = adapter?.Invoke(value);
        return items is not null;
    }

    private static Func<object, IAsyncEnumerable<object?>>? CreateAdapter(Type type)
    {
        foreach (var candidate in type.GetInterfaces())
        {
            if (candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))
            {
                return AdaptMethod.MakeGenericMethod(candidate.GetGenericArguments()[0]).CreateDelegate<Func<object, IAsyncEnumerable<object?>>>();
            }
        }

        return null;
    }

    /// <summary>The items of <paramref name="source"/> as objects; a sequence of references is used as it is.</summary>
    public static IAsyncEnumerable<object?> Box<T>(IAsyncEnumerable<T> source)
        => source as IAsyncEnumerable<object?> ?? BoxItems(source);

    private static IAsyncEnumerable<object?> Adapt<T>(object source) => Box((IAsyncEnumerable<T>)source);

    private static async IAsyncEnumerable<object?> BoxItems<T>(IAsyncEnumerable<T> source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }
}
