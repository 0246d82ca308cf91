using KtPortal.GraphQL.Types.CodeFirst;

namespace KtPortal.GraphQL.Types;

/// <summary>Describes the input object type of <typeparamref name="T"/> explicitly.</summary>
/// <typeparam name="T">The runtime type.</typeparam>
public class InputObjectType<T> : TypeSystemDefinition
{
    internal override Type? RuntimeType => typeof(T);

    /// <summary>Configures the type.</summary>
    protected virtual void Configure(IInputObjectTypeDescriptor<T> descriptor)
    {
    }

    internal override TypeDefinitionData Describe()
    {
        var data = new TypeDefinitionData();
        Configure(new InputObjectTypeDescriptor<T>(data));
        return data;
    }
}
