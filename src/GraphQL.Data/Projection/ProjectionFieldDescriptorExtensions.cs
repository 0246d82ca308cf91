using System.Reflection;
using KtPortal.GraphQL.Data.Projection;

namespace KtPortal.GraphQL.Types;

/// <summary><c>UseProjection()</c> for fields described in code.</summary>
public static class ProjectionFieldDescriptorExtensions
{
    private static readonly MethodInfo Generic = typeof(ProjectionFieldDescriptorExtensions).GetMethods()
        .Single(m => m.Name == nameof(UseProjection) && m.IsGenericMethodDefinition);

    /// <summary>Projects the field's <typeparamref name="T"/> query to the selected members, as <see cref="UseProjectionAttribute"/> does.</summary>
    public static IObjectFieldDescriptor UseProjection<T>(this IObjectFieldDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ProjectionField<T>.Apply(descriptor);
        return descriptor;
    }

    /// <summary>Projects the field's query of <paramref name="entityType"/> to the selected members.</summary>
    public static IObjectFieldDescriptor UseProjection(this IObjectFieldDescriptor descriptor, Type entityType)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        return (IObjectFieldDescriptor)Generic.MakeGenericMethod(entityType).Invoke(null, [descriptor])!;
    }
}
