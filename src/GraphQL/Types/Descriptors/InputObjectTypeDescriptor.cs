using System.Linq.Expressions;
using KtPortal.GraphQL.Types.CodeFirst;

namespace KtPortal.GraphQL.Types;

/// <summary>Records what <c>Configure</c> says about an input object type.</summary>
internal sealed class InputObjectTypeDescriptor<T>(TypeDefinitionData data) : IInputObjectTypeDescriptor<T>
{
    public IInputObjectTypeDescriptor<T> Name(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        data.Name = name;
        return this;
    }

    public IInputObjectTypeDescriptor<T> Description(string? description)
    {
        data.Description = description;
        return this;
    }

    public IInputObjectTypeDescriptor<T> OneOf()
    {
        data.IsOneOf = true;
        return this;
    }

    public IArgumentDescriptor Field<TValue>(Expression<Func<T, TValue>> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        var member = ObjectTypeDescriptor<T>.MemberOf(property.Body)
            ?? throw new ArgumentException("The expression must select a property, e.g. x => x.Name.", nameof(property));
        var field = data.Fields.Find(f => f.Member == member);
        if (field is null)
        {
            field = new MemberDefinition(member, null);
            data.Fields.Add(field);
        }

        return new ArgumentDescriptor(field);
    }
}
