using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace KtPortal.GraphQL.Execution.Internal;

/// <summary>Views any <see cref="IAsyncEnumerable{T}"/> as a sequence of objects; the adapter is built once per CLR type.</summary>
internal static class AsyncEnumerables
{
    private static readonly ConcurrentDictionary<Type, Func<object, CancellationToken, IAsyncEnumerable<object?>>?> Adapters = new();
    private static readonly MethodInfo BoxMethod = typeof(AsyncEnumerables).GetMethod(nameof(Box), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static bool TryAdapt(object value, [NotNullWhen(true)] out IAsyncEnumerable<object?>? items)
    {
        if (value is IAsyncEnumerable<object?> objects)
        {
            items = objects;
            return true;
        }

        var adapter = Adapters.GetOrAdd(value.GetType(), static type => CreateAdapter(type));
        items = adapter?.Invoke(value, default);
        return items is not null;
    }

    private static Func<object, CancellationToken, IAsyncEnumerable<object?>>? CreateAdapter(Type type)
    {
        foreach (var candidate in type.GetInterfaces())
        {
            if (candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))
            {
                return BoxMethod.MakeGenericMethod(candidate.GetGenericArguments()[0]).CreateDelegate<Func<object, CancellationToken, IAsyncEnumerable<object?>>>();
            }
        }

        return null;
    }

    private static async IAsyncEnumerable<object?> Box<T>(object source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in ((IAsyncEnumerable<T>)source).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }
}
