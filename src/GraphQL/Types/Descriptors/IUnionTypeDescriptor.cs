namespace KtPortal.GraphQL.Types;

/// <summary>Configures a union type.</summary>
public interface IUnionTypeDescriptor
{
    /// <summary>Sets the GraphQL name.</summary>
    IUnionTypeDescriptor Name(string name);

    /// <summary>Sets the description.</summary>
    IUnionTypeDescriptor Description(string? description);

    /// <summary>Adds a member: a CLR class or an <see cref="ObjectType{T}"/> descriptor type.</summary>
    IUnionTypeDescriptor Type<TMember>();
}
