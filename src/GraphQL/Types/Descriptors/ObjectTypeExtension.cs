using KtPortal.GraphQL.Types.CodeFirst;

namespace KtPortal.GraphQL.Types;

/// <summary>
/// Adds fields to the object type named with <see cref="IObjectTypeDescriptor.Name"/>, for example <c>Query</c>:
/// each module contributes its own root fields.
/// </summary>
public class ObjectTypeExtension : TypeSystemDefinition
{
    internal override Type? RuntimeType => null;

    /// <summary>Configures the extension; it must set the name of the extended type.</summary>
    protected virtual void Configure(IObjectTypeDescriptor descriptor)
    {
    }

    internal override TypeDefinitionData Describe() => ObjectTypeDescriptor<object>.Describe(Configure);
}

/// <summary>Adds fields to the object type of <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The runtime type of the extended object type.</typeparam>
public class ObjectTypeExtension<T> : TypeSystemDefinition
{
    internal override Type? RuntimeType => typeof(T);

    /// <summary>Configures the extension.</summary>
    protected virtual void Configure(IObjectTypeDescriptor<T> descriptor)
    {
    }

    internal override TypeDefinitionData Describe() => ObjectTypeDescriptor<T>.Describe(Configure);
}
