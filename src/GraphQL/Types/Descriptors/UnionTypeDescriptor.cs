using KtPortal.GraphQL.Types.CodeFirst;

namespace KtPortal.GraphQL.Types;

/// <summary>Records what <c>Configure</c> says about a union type.</summary>
internal sealed class UnionTypeDescriptor(TypeDefinitionData data) : IUnionTypeDescriptor
{
    public IUnionTypeDescriptor Name(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        data.Name = name;
        return this;
    }

    public IUnionTypeDescriptor Description(string? description)
    {
        data.Description = description;
        return this;
    }

    public IUnionTypeDescriptor Type<TMember>()
    {
        data.Interfaces.Add(typeof(TMember));
        return this;
    }
}
