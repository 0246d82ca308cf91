using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Data.Filtering;

/// <summary><c>UseFiltering()</c> for fields configured with descriptors.</summary>
public static class FilteringObjectFieldDescriptorExtensions
{
    /// <summary>
    /// Filters the field as <see cref="UseFilteringAttribute"/> does; the entity type is the element type of the
    /// member's return type.
    /// </summary>
    /// <param name="descriptor">The field.</param>
    /// <param name="configure">Sets limits and members to leave out.</param>
    public static IObjectFieldDescriptor UseFiltering(this IObjectFieldDescriptor descriptor, Action<FilteringOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return descriptor.OnBeforeCreate((context, field) =>
            FilterMiddleware.Configure(context, field, DataFields.ElementType(field.Member, "UseFiltering"), Options(configure)));
    }

    /// <summary>Filters the field, whose resolver returns entities of <typeparamref name="TEntity"/>.</summary>
    /// <param name="descriptor">The field.</param>
    /// <param name="configure">Sets limits and members to leave out.</param>
    public static IObjectFieldDescriptor UseFiltering<TEntity>(this IObjectFieldDescriptor descriptor, Action<FilteringOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return descriptor.OnBeforeCreate((context, field) => FilterMiddleware.Configure(context, field, typeof(TEntity), Options(configure)));
    }

    private static FilteringOptions Options(Action<FilteringOptions>? configure)
    {
        var options = new FilteringOptions();
        configure?.Invoke(options);
        return options;
    }
}
