using KtPortal.GraphQL.Types.CodeFirst;

namespace KtPortal.GraphQL.Types;

/// <summary>
/// Describes the object type of <typeparamref name="T"/> explicitly. The conventions apply first (unless
/// <see cref="IObjectTypeDescriptor{T}.BindFieldsExplicitly"/>); <see cref="Configure"/> then renames,
/// describes, retypes, ignores or adds fields.
/// </summary>
/// <typeparam name="T">The runtime type.</typeparam>
public class ObjectType<T> : TypeSystemDefinition
{
    internal override Type? RuntimeType => typeof(T);

    /// <summary>Configures the type.</summary>
    protected virtual void Configure(IObjectTypeDescriptor<T> descriptor)
    {
    }

    internal override TypeDefinitionData Describe() => ObjectTypeDescriptor<T>.Describe(Configure);
}
