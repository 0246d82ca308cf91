using KtPortal.GraphQL.Types.CodeFirst;

namespace KtPortal.GraphQL.Types;

/// <summary>Records what <c>Configure</c> says about a directive definition.</summary>
internal sealed class DirectiveTypeDescriptor(TypeDefinitionData data) : IDirectiveTypeDescriptor
{
    public IDirectiveTypeDescriptor Name(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        data.Name = name;
        return this;
    }

    public IDirectiveTypeDescriptor Description(string? description)
    {
        data.Description = description;
        return this;
    }

    public IDirectiveTypeDescriptor Location(DirectiveLocation location)
    {
        data.Locations.Add(location.ToSpecName());
        return this;
    }

    public IDirectiveTypeDescriptor Argument(string name, Action<IArgumentDescriptor> configure)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(configure);
        var argument = new MemberDefinition(null, name);
        data.Fields.Add(argument);
        configure(new ArgumentDescriptor(argument));
        return this;
    }

    public IDirectiveTypeDescriptor Repeatable()
    {
        data.IsRepeatable = true;
        return this;
    }
}
