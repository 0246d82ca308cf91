using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Data.Sorting;

/// <summary><c>UseSorting()</c> for fields configured with descriptors.</summary>
public static class SortingObjectFieldDescriptorExtensions
{
    /// <summary>
    /// Sorts the field as <see cref="UseSortingAttribute"/> does; the entity type is the element type of the
    /// member's return type.
    /// </summary>
    /// <param name="descriptor">The field.</param>
    /// <param name="configure">Sets members to leave out.</param>
    public static IObjectFieldDescriptor UseSorting(this IObjectFieldDescriptor descriptor, Action<SortingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return descriptor.OnBeforeCreate((context, field) =>
            SortMiddleware.Configure(context, field, DataFields.ElementType(field.Member, "UseSorting"), Options(configure)));
    }

    /// <summary>Sorts the field, whose resolver returns entities of <typeparamref name="TEntity"/>.</summary>
    /// <param name="descriptor">The field.</param>
    /// <param name="configure">Sets members to leave out.</param>
    public static IObjectFieldDescriptor UseSorting<TEntity>(this IObjectFieldDescriptor descriptor, Action<SortingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return descriptor.OnBeforeCreate((context, field) => SortMiddleware.Configure(context, field, typeof(TEntity), Options(configure)));
    }

    private static SortingOptions Options(Action<SortingOptions>? configure)
    {
        var options = new SortingOptions();
        configure?.Invoke(options);
        return options;
    }
}
