namespace KtPortal.GraphQL.Types;

/// <summary>Configures an argument, an input field or a directive argument.</summary>
public interface IArgumentDescriptor
{
    /// <summary>Sets the GraphQL name (input fields).</summary>
    IArgumentDescriptor Name(string name);

    /// <summary>Sets the description.</summary>
    IArgumentDescriptor Description(string? description);

    /// <summary>Sets the type from a CLR type, a scalar class or a descriptor type.</summary>
    IArgumentDescriptor Type<TType>();

    /// <summary>Sets the type from SDL syntax, e.g. <c>Int!</c>.</summary>
    IArgumentDescriptor Type(string typeSyntax);

    /// <summary>Sets the default value (a CLR value: number, string, boolean, enum member or <see langword="null"/>).</summary>
    IArgumentDescriptor DefaultValue(object? value);

    /// <summary>Deprecates the argument or input field.</summary>
    IArgumentDescriptor Deprecated(string? reason = null);

    /// <summary>Removes an input field.</summary>
    IArgumentDescriptor Ignore(bool ignore = true);
}
