using KtPortal.GraphQL.Types.CodeFirst;

namespace KtPortal.GraphQL.Types;

/// <summary>Describes the enum type of the C# enum <typeparamref name="T"/> explicitly.</summary>
/// <typeparam name="T">The C# enum.</typeparam>
public class EnumType<T> : TypeSystemDefinition
    where T : struct, Enum
{
    internal override Type? RuntimeType => typeof(T);

    /// <summary>Configures the type.</summary>
    protected virtual void Configure(IEnumTypeDescriptor<T> descriptor)
    {
    }

    internal override TypeDefinitionData Describe()
    {
        var data = new TypeDefinitionData();
        Configure(new EnumTypeDescriptor<T>(data));
        return data;
    }
}
