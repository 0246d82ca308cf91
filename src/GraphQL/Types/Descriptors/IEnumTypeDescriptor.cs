namespace KtPortal.GraphQL.Types;

/// <summary>Configures an enum type over the C# enum <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The C# enum.</typeparam>
public interface IEnumTypeDescriptor<T>
    where T : struct, Enum
{
    /// <summary>Sets the GraphQL name.</summary>
    IEnumTypeDescriptor<T> Name(string name);

    /// <summary>Sets the description.</summary>
    IEnumTypeDescriptor<T> Description(string? description);

    /// <summary>Configures the value of a C# enum member.</summary>
    IEnumValueDescriptor Value(T value);
}

/// <summary>Configures an enum value.</summary>
public interface IEnumValueDescriptor
{
    /// <summary>Sets the GraphQL name.</summary>
    IEnumValueDescriptor Name(string name);

    /// <summary>Sets the description.</summary>
    IEnumValueDescriptor Description(string? description);

    /// <summary>Deprecates the value.</summary>
    IEnumValueDescriptor Deprecated(string? reason = null);

    /// <summary>Removes the value.</summary>
    IEnumValueDescriptor Ignore(bool ignore = true);
}
