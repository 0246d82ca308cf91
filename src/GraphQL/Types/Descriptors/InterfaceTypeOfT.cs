using KtPortal.GraphQL.Types.CodeFirst;

namespace KtPortal.GraphQL.Types;

/// <summary>
/// Describes the interface type of the CLR interface or abstract class <typeparamref name="T"/>; registered
/// classes that implement <typeparamref name="T"/> implement the GraphQL interface.
/// </summary>
/// <typeparam name="T">The CLR interface or abstract class.</typeparam>
public class InterfaceType<T> : TypeSystemDefinition
{
    internal override Type? RuntimeType => typeof(T);

    /// <summary>Configures the type.</summary>
    protected virtual void Configure(IInterfaceTypeDescriptor<T> descriptor)
    {
    }

    internal override TypeDefinitionData Describe()
    {
        var data = new TypeDefinitionData();
        Configure(new InterfaceTypeDescriptor<T>(new ObjectTypeDescriptor<T>(data)));
        return data;
    }
}
