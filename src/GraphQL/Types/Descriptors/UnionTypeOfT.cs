using KtPortal.GraphQL.Types.CodeFirst;

namespace KtPortal.GraphQL.Types;

/// <summary>
/// Describes a union whose runtime values are <typeparamref name="TMarker"/> (often a marker interface, or
/// <see cref="object"/>): members are added with <see cref="IUnionTypeDescriptor.Type{TMember}"/>.
/// </summary>
/// <typeparam name="TMarker">The CLR type fields of the union return.</typeparam>
public class UnionType<TMarker> : TypeSystemDefinition
{
    internal override Type? RuntimeType => typeof(TMarker);

    /// <summary>Configures the type; it must set the name.</summary>
    protected virtual void Configure(IUnionTypeDescriptor descriptor)
    {
    }

    internal override TypeDefinitionData Describe()
    {
        var data = new TypeDefinitionData();
        Configure(new UnionTypeDescriptor(data));
        return data;
    }
}
