namespace KtPortal.GraphQL.Types;

/// <summary>Configures an object type, a root type or an extension of one.</summary>
public interface IObjectTypeDescriptor
{
    /// <summary>Sets the GraphQL name.</summary>
    IObjectTypeDescriptor Name(string name);

    /// <summary>Sets the description.</summary>
    IObjectTypeDescriptor Description(string? description);

    /// <summary>Declares an implemented interface: an <c>[InterfaceType]</c> CLR type.</summary>
    IObjectTypeDescriptor Implements<TInterface>();

    /// <summary>Applies a directive to the type.</summary>
    IObjectTypeDescriptor Directive(string name, IReadOnlyDictionary<string, object?>? arguments = null);

    /// <summary>Adds (or configures) the field <paramref name="name"/>.</summary>
    IObjectFieldDescriptor Field(string name);
}

/// <summary>Configures an object type whose values are <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The runtime type.</typeparam>
public interface IObjectTypeDescriptor<T> : IObjectTypeDescriptor
{
    /// <summary>Sets the GraphQL name.</summary>
    new IObjectTypeDescriptor<T> Name(string name);

    /// <summary>Sets the description.</summary>
    new IObjectTypeDescriptor<T> Description(string? description);

    /// <summary>Declares an implemented interface: an <c>[InterfaceType]</c> CLR type.</summary>
    new IObjectTypeDescriptor<T> Implements<TInterface>();

    /// <summary>Only the fields configured with <c>Field</c> are part of the type.</summary>
    IObjectTypeDescriptor<T> BindFieldsExplicitly();

    /// <summary>Configures the field of a property or method of <typeparamref name="T"/>.</summary>
    IObjectFieldDescriptor Field<TValue>(System.Linq.Expressions.Expression<Func<T, TValue>> member);

    /// <summary>Makes the type a Relay node (needs <c>AddGlobalObjectIdentification()</c>).</summary>
    INodeDescriptor<T> ImplementsNode();
}
