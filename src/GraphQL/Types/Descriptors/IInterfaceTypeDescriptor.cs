namespace KtPortal.GraphQL.Types;

/// <summary>Configures an interface type over the CLR interface or abstract class <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The CLR interface or abstract class.</typeparam>
public interface IInterfaceTypeDescriptor<T>
{
    /// <summary>Sets the GraphQL name.</summary>
    IInterfaceTypeDescriptor<T> Name(string name);

    /// <summary>Sets the description.</summary>
    IInterfaceTypeDescriptor<T> Description(string? description);

    /// <summary>Configures the field of a property or method of <typeparamref name="T"/>.</summary>
    IObjectFieldDescriptor Field<TValue>(System.Linq.Expressions.Expression<Func<T, TValue>> member);
}
