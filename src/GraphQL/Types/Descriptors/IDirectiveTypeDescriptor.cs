namespace KtPortal.GraphQL.Types;

/// <summary>Configures a custom directive definition.</summary>
public interface IDirectiveTypeDescriptor
{
    /// <summary>Sets the name (without <c>@</c>).</summary>
    IDirectiveTypeDescriptor Name(string name);

    /// <summary>Sets the description.</summary>
    IDirectiveTypeDescriptor Description(string? description);

    /// <summary>Adds a location where the directive may appear.</summary>
    IDirectiveTypeDescriptor Location(DirectiveLocation location);

    /// <summary>Adds an argument.</summary>
    IDirectiveTypeDescriptor Argument(string name, Action<IArgumentDescriptor> configure);

    /// <summary>Allows the directive more than once per location.</summary>
    IDirectiveTypeDescriptor Repeatable();
}
