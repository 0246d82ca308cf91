using System.Reflection;
using KtPortal.GraphQL.Data.Paging;

namespace KtPortal.GraphQL.Types;

/// <summary><c>UsePaging()</c> for fields described in code.</summary>
public static class PagingFieldDescriptorExtensions
{
    private static readonly MethodInfo Generic = typeof(PagingFieldDescriptorExtensions).GetMethods()
        .Single(m => m.Name == nameof(UsePaging) && m.IsGenericMethodDefinition);

    /// <summary>Makes the field a cursor connection of <typeparamref name="T"/>, as <see cref="UsePagingAttribute"/> does.</summary>
    /// <param name="descriptor">The field.</param>
    /// <param name="configure">Changes to the global <see cref="PagingOptions"/> for this field.</param>
    public static IObjectFieldDescriptor UsePaging<T>(this IObjectFieldDescriptor descriptor, Action<PagingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        new PagingField<T>(configure).Apply(descriptor);
        return descriptor;
    }

    /// <summary>Makes the field a cursor connection of <paramref name="entityType"/>.</summary>
    /// <param name="descriptor">The field.</param>
    /// <param name="entityType">The node type.</param>
    /// <param name="configure">Changes to the global <see cref="PagingOptions"/> for this field.</param>
    public static IObjectFieldDescriptor UsePaging(this IObjectFieldDescriptor descriptor, Type entityType, Action<PagingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        return (IObjectFieldDescriptor)Generic.MakeGenericMethod(entityType).Invoke(null, [descriptor, configure])!;
    }
}
