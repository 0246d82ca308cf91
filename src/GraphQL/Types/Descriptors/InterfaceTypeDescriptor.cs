using System.Linq.Expressions;

namespace KtPortal.GraphQL.Types;

/// <summary>Records what <c>Configure</c> says about an interface type.</summary>
internal sealed class InterfaceTypeDescriptor<T>(ObjectTypeDescriptor<T> inner) : IInterfaceTypeDescriptor<T>
{
    public IInterfaceTypeDescriptor<T> Name(string name)
    {
        inner.Name(name);
        return this;
    }

    public IInterfaceTypeDescriptor<T> Description(string? description)
    {
        inner.Description(description);
        return this;
    }

    public IObjectFieldDescriptor Field<TValue>(Expression<Func<T, TValue>> member) => inner.Field(member);
}
