namespace KtPortal.GraphQL;

/// <summary>An <see cref="IDAttribute"/> naming the node type by its CLR type.</summary>
/// <typeparam name="T">The CLR type of the node (its GraphQL name is used).</typeparam>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter, Inherited = true)]
public sealed class IDAttribute<T> : IDAttribute
{
    /// <inheritdoc />
    public override Type? Type => typeof(T);
}
