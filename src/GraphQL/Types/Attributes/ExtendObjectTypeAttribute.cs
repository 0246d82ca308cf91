namespace KtPortal.GraphQL;

/// <summary>Adds the public members of the annotated class as fields of another object type.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ExtendObjectTypeAttribute : Attribute
{
    /// <summary>Extends the object type named <paramref name="name"/> (for example <c>Query</c>).</summary>
    public ExtendObjectTypeAttribute(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
    }

    /// <summary>Extends the object type the CLR type <paramref name="type"/> maps to.</summary>
    public ExtendObjectTypeAttribute(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        Type = type;
    }

    /// <summary>The name of the extended type, or <see langword="null"/>.</summary>
    public string? Name { get; }

    /// <summary>The CLR type of the extended type, or <see langword="null"/>.</summary>
    public Type? Type { get; }
}
