namespace KtPortal.GraphQL.Types;

/// <summary>Configures an input object type whose values are <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The runtime type.</typeparam>
public interface IInputObjectTypeDescriptor<T>
{
    /// <summary>Sets the GraphQL name.</summary>
    IInputObjectTypeDescriptor<T> Name(string name);

    /// <summary>Sets the description.</summary>
    IInputObjectTypeDescriptor<T> Description(string? description);

    /// <summary>Makes it a OneOf input object (<c>@oneOf</c>).</summary>
    IInputObjectTypeDescriptor<T> OneOf();

    /// <summary>Configures the input field of a property.</summary>
    IArgumentDescriptor Field<TValue>(System.Linq.Expressions.Expression<Func<T, TValue>> property);
}
