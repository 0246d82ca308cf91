namespace KtPortal.GraphQL.Types;

/// <summary>A non-null wrapper around a nullable type.</summary>
// https://spec.graphql.org/October2021/#sec-Non-Null
public sealed class NonNullType : IOutputType, IInputType
{
    /// <summary>Wraps <paramref name="type"/>; it must not itself be non-null.</summary>
    public NonNullType(IType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.Kind == TypeKind.NonNull)
        {
            throw new ArgumentException("A non-null type cannot wrap a non-null type.", nameof(type));
        }

        Type = type;
    }

    /// <inheritdoc/>
    public TypeKind Kind => TypeKind.NonNull;

    /// <summary>The wrapped nullable type (graphql-js <c>ofType</c>).</summary>
    public IType Type { get; }

    /// <summary>Prints the type as in SDL, e.g. <c>String!</c>.</summary>
    public override string ToString() => $"{Type}!";
}
