using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>
/// A scalar type. Scalars defined in SDL accept any literal; subclasses narrow what they accept by
/// overriding <see cref="ValidateLiteral"/>.
/// </summary>
// https://spec.graphql.org/October2021/#sec-Scalars
public class ScalarType : ILeafType
{
    private List<ITypeExtensionNode>? _extensions;

    /// <summary>Creates a scalar type.</summary>
    public ScalarType(string name, string? description = null, string? specifiedByUrl = null)
        : this(name, description, specifiedByUrl, null)
    {
    }

    internal ScalarType(string name, string? description, string? specifiedByUrl, ScalarTypeDefinitionNode? syntaxNode)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Description = description;
        SpecifiedByUrl = specifiedByUrl;
        SyntaxNode = syntaxNode;
    }

    /// <inheritdoc/>
    public TypeKind Kind => TypeKind.Scalar;

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public string? Description { get; }

    /// <summary>The URL given by <c>@specifiedBy</c>, or <see langword="null"/>.</summary>
    public string? SpecifiedByUrl { get; internal set; }

    /// <inheritdoc cref="INamedType.SyntaxNode"/>
    public ScalarTypeDefinitionNode? SyntaxNode { get; }

    ITypeDefinitionNode? INamedType.SyntaxNode => SyntaxNode;

    /// <inheritdoc/>
    public IReadOnlyList<ITypeExtensionNode> ExtensionSyntaxNodes => (IReadOnlyList<ITypeExtensionNode>?)_extensions ?? [];

    /// <summary>The CLR type of this scalar's runtime values; <see cref="object"/> for scalars defined only in SDL.</summary>
    public virtual Type RuntimeType => typeof(object);

    /// <summary>
    /// Checks a literal (never a variable) against this scalar. Returns <see langword="null"/> when it is
    /// accepted, otherwise the error message. By default this is <see cref="ParseLiteral"/> without its result.
    /// </summary>
    public virtual string? ValidateLiteral(IValueNode literal)
    {
        try
        {
            ParseLiteral(literal);
            return null;
        }
        catch (CoercionException exception)
        {
            return exception.Message;
        }
    }

    /// <summary>
    /// Input coercion of a literal: the runtime value it stands for. Variables inside the literal have already
    /// been replaced by their values. SDL-only scalars accept any literal, as graphql-js <c>valueFromASTUntyped</c>.
    /// </summary>
    /// <exception cref="CoercionException">The literal is not a valid value of this scalar.</exception>
    public virtual object? ParseLiteral(IValueNode literal) => LiteralValues.ToUntyped(literal);

    /// <summary>
    /// Input coercion of a variable value as the transport decoded it (strings, booleans, numbers,
    /// <see cref="System.Text.Json.JsonElement"/>, dictionaries, lists). SDL-only scalars return it unchanged.
    /// </summary>
    /// <exception cref="CoercionException">The value is not a valid value of this scalar.</exception>
    public virtual object? ParseValue(object? externalValue) => externalValue;

    /// <summary>
    /// Result coercion: the JSON-writable value (string, boolean, number, <see cref="System.Text.Json.JsonElement"/>,
    /// or dictionaries and lists of those) for a non-null runtime value. SDL-only scalars return it unchanged.
    /// </summary>
    /// <exception cref="CoercionException">The value cannot be represented by this scalar.</exception>
    public virtual object? Serialize(object runtimeValue) => runtimeValue;

    internal void AddExtension(ITypeExtensionNode node) => (_extensions ??= []).Add(node);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
