using KtPortal.GraphQL.Types.CodeFirst;

namespace KtPortal.GraphQL.Types;

/// <summary>Records what a descriptor says about an argument or input field.</summary>
internal sealed class ArgumentDescriptor(MemberDefinition argument) : IArgumentDescriptor
{
    public IArgumentDescriptor Name(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        argument.Name = name;
        return this;
    }

    public IArgumentDescriptor Description(string? description)
    {
        argument.Description = description;
        return this;
    }

    public IArgumentDescriptor Type<TType>()
    {
        argument.Type = new TypeChoice(typeof(TType), null);
        return this;
    }

    public IArgumentDescriptor Type(string typeSyntax)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeSyntax);
        argument.Type = new TypeChoice(null, typeSyntax);
        return this;
    }

    public IArgumentDescriptor DefaultValue(object? value)
    {
        argument.HasDefaultValue = true;
        argument.DefaultValue = value;
        return this;
    }

    public IArgumentDescriptor Deprecated(string? reason = null)
    {
        argument.DeprecationReason = reason ?? "No longer supported.";
        return this;
    }

    public IArgumentDescriptor Ignore(bool ignore = true)
    {
        argument.IsIgnored = ignore;
        return this;
    }
}
