namespace KtPortal.GraphQL.Language;

/// <summary>
/// Scratch stacks, one per item type, for the lists being read; each finished list is copied into an
/// exact-size array, so no list grows and no per-list builder is allocated. One instance is reused
/// per thread.
/// </summary>
internal sealed class SyntaxListBuilder
{
    [ThreadStatic]
    private static SyntaxListBuilder? _cached;

    public ListStack<IDefinitionNode> Definitions { get; } = new();

    public ListStack<ISelectionNode> Selections { get; } = new();

    public ListStack<ArgumentNode> Arguments { get; } = new();

    public ListStack<DirectiveNode> Directives { get; } = new();

    public ListStack<VariableDefinitionNode> Variables { get; } = new();

    public ListStack<IValueNode> Values { get; } = new();

    public ListStack<ObjectFieldNode> ObjectFields { get; } = new();

    public ListStack<NamedTypeNode> NamedTypes { get; } = new();

    public ListStack<NameNode> Names { get; } = new();

    public ListStack<OperationTypeDefinitionNode> OperationTypes { get; } = new();

    public ListStack<FieldDefinitionNode> FieldDefinitions { get; } = new();

    public ListStack<InputValueDefinitionNode> InputValues { get; } = new();

    public ListStack<EnumValueDefinitionNode> EnumValues { get; } = new();

    public static SyntaxListBuilder Rent()
    {
        SyntaxListBuilder? builder = _cached;
        _cached = null;
        return builder ?? new SyntaxListBuilder();
    }

    public static void Return(SyntaxListBuilder builder)
    {
        if (builder.Definitions.Reset() & builder.Selections.Reset() & builder.Arguments.Reset()
            & builder.Directives.Reset() & builder.Variables.Reset() & builder.Values.Reset()
            & builder.ObjectFields.Reset() & builder.NamedTypes.Reset() & builder.Names.Reset()
            & builder.OperationTypes.Reset() & builder.FieldDefinitions.Reset() & builder.InputValues.Reset()
            & builder.EnumValues.Reset())
        {
            _cached = builder;
        }
    }
}
