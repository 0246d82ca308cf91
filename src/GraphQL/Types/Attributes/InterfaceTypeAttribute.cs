namespace KtPortal.GraphQL;

/// <summary>Maps a C# interface or abstract class to a GraphQL interface type.</summary>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Class)]
public sealed class InterfaceTypeAttribute : Attribute
{
    /// <summary>Uses the CLR name (without a leading <c>I</c> for interfaces).</summary>
    public InterfaceTypeAttribute()
    {
    }

    /// <summary>Uses the GraphQL name <paramref name="name"/>.</summary>
    public InterfaceTypeAttribute(string name) => Name = name;

    /// <summary>The GraphQL name, or <see langword="null"/> for the convention.</summary>
    public string? Name { get; }
}
