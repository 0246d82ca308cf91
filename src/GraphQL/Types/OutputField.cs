using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>A field of an object or interface type.</summary>
// https://spec.graphql.org/October2021/#FieldsDefinition
public sealed class OutputField : IField
{
    private IOutputType? _type;

    /// <summary>Creates a field whose type is set later by the schema builder.</summary>
    // 0 not yet known, 1 no, 2 yes: an int, so that racing first readers never see half a value.
    private int _isIntrospection;

    internal OutputField(string name, string? description, string? deprecationReason, FieldDefinitionNode? syntaxNode)
    {
        Name = name;
        Description = description;
        DeprecationReason = deprecationReason;
        SyntaxNode = syntaxNode;
    }

    /// <summary>Creates a complete field.</summary>
    public OutputField(string name, IOutputType type, IEnumerable<Argument>? arguments = null, string? description = null, string? deprecationReason = null)
        : this(name, description, deprecationReason, null)
    {
        ArgumentNullException.ThrowIfNull(type);
        _type = type;
        Arguments = arguments is null ? FieldCollection<Argument>.Empty : new FieldCollection<Argument>(arguments);
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public string? Description { get; }

    /// <inheritdoc/>
    public string? DeprecationReason { get; }

    /// <summary>Whether the field is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The result type.</summary>
    public IOutputType Type => _type ?? throw new InvalidOperationException($"Field \"{Name}\" is not complete.");

    /// <summary>The arguments, in definition order.</summary>
    public FieldCollection<Argument> Arguments { get; private set; } = FieldCollection<Argument>.Empty;

    /// <summary>The type that declares this field; <see langword="null"/> for the introspection meta fields.</summary>
    public IComplexOutputType? DeclaringType { get; internal set; }

    /// <summary>The definition node, or <see langword="null"/> for built-in or code-first fields.</summary>
    public FieldDefinitionNode? SyntaxNode { get; }

    /// <summary>
    /// The resolver; <see langword="null"/> means the default resolver (a dictionary entry or a public property
    /// or field of the parent value with the field's name, compared case-insensitively).
    /// </summary>
    public FieldResolverDelegate? Resolver { get; internal set; }

    /// <summary>
    /// Resolves the field for all the items of a list at once (see <see cref="BatchFieldResolverDelegate"/>), or
    /// <see langword="null"/>. The executor uses it on the items of a list whose item type is an object type, when
    /// the field has no authorization rules and is not serial; <see cref="Resolver"/> resolves it everywhere else.
    /// </summary>
    public BatchFieldResolverDelegate? BatchResolver { get; internal set; }

    /// <summary>
    /// Whether <see cref="Resolver"/> is a code-first read of a property or field of the parent, with no middleware
    /// (set by the code-first compiler; any other resolver set later clears it).
    /// </summary>
    internal bool ReadsParentMember { get; set; }

    /// <summary>
    /// Whether resolving the field only reads its parent value: the default resolver, or a code-first property or
    /// field read, with no batch resolver and no authorization. Such a field completes synchronously and cannot load
    /// through a DataLoader, which lets the executor run batches that are complete before such fields are done.
    /// </summary>
    internal bool IsPure => (Resolver is null || ReadsParentMember) && BatchResolver is null && AuthorizationRules.Count == 0;

    /// <summary>The rules checked before the resolver runs (type rules, then field rules); empty when unguarded.</summary>
    public IReadOnlyList<Authorization.AuthorizationRule> AuthorizationRules { get; private set; } = [];

    internal void AddAuthorization(Authorization.AuthorizationRule rule) => AuthorizationRules = [.. AuthorizationRules, rule];

    /// <summary>For subscription root fields: creates the source event stream.</summary>
    public SubscribeResolverDelegate? SubscribeResolver { get; internal set; }

    /// <summary>
    /// Whether the resolver may run concurrently with its sibling fields (true by default). Resolvers that
    /// share a non-thread-safe resource (such as an EF Core context) are marked serial.
    /// </summary>
    public bool IsParallelExecutable { get; internal set; } = true;

    /// <summary>
    /// Whether the resolver has ever returned an unfinished task. Such resolvers run with a DataLoader scope from
    /// the start, so that loads made after an await are attributed to them; others get one only when they load.
    /// </summary>
    internal bool HasResolvedAsynchronously { get; set; }

    /// <summary>
    /// Whether the field belongs to introspection (<c>__schema</c>, <c>__type</c>, or a field of an <c>__</c> type),
    /// whose resolvers never load through a DataLoader and so are not counted by the batch scheduler.
    /// </summary>
    internal bool IsIntrospection
    {
        get
        {
            if (_isIntrospection == 0)
            {
                var introspection = Name.StartsWith("__", StringComparison.Ordinal)
                    || (DeclaringType?.Name.StartsWith("__", StringComparison.Ordinal) ?? false);
                _isIntrospection = introspection ? 2 : 1;
            }

            return _isIntrospection == 2;
        }
    }

    /// <summary>Build-time metadata that later stages (cost analysis, paging, filtering) attach to the field.</summary>
    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>The field coordinate, e.g. <c>Query.user</c>.</summary>
    public string Coordinate => DeclaringType is null ? Name : $"{DeclaringType.Name}.{Name}";

    internal void Complete(IOutputType type, FieldCollection<Argument> arguments)
    {
        _type = type;
        Arguments = arguments;
    }

    /// <inheritdoc/>
    public override string ToString() => Coordinate;
}
