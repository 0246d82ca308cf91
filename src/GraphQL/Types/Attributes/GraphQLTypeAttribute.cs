namespace KtPortal.GraphQL;

/// <summary>
/// Overrides the GraphQL type inferred for a member or parameter: either a CLR type that maps to a GraphQL type
/// (a scalar class such as a <see cref="Types.ScalarType"/> subclass, or a CLR type) or an SDL type reference
/// such as <c>[String!]!</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLTypeAttribute : Attribute
{
    /// <summary>Uses the GraphQL type <paramref name="type"/> maps to.</summary>
    public GraphQLTypeAttribute(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        Type = type;
    }

    /// <summary>Uses an SDL type reference, e.g. <c>[ID!]!</c>.</summary>
    public GraphQLTypeAttribute(string typeSyntax)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeSyntax);
        TypeSyntax = typeSyntax;
    }

    /// <summary>The CLR type given, or <see langword="null"/>.</summary>
    public Type? Type { get; }

    /// <summary>The SDL type reference given, or <see langword="null"/>.</summary>
    public string? TypeSyntax { get; }
}
