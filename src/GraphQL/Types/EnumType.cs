using System.Diagnostics.CodeAnalysis;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>An enum type.</summary>
// https://spec.graphql.org/October2021/#sec-Enums
public sealed class EnumType : ILeafType
{
    private List<ITypeExtensionNode>? _extensions;
    private Dictionary<object, EnumValue>? _byRuntimeValue;

    internal EnumType(string name, string? description, EnumTypeDefinitionNode? syntaxNode)
    {
        Name = name;
        Description = description;
        SyntaxNode = syntaxNode;
    }

    /// <summary>Creates a complete enum type.</summary>
    public EnumType(string name, IEnumerable<EnumValue> values, string? description = null)
        : this(name, description, null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(values);
        Complete(new FieldCollection<EnumValue>(values));
    }

    /// <inheritdoc/>
    public TypeKind Kind => TypeKind.Enum;

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public string? Description { get; }

    /// <summary>The values, in definition order.</summary>
    public FieldCollection<EnumValue> Values { get; private set; } = FieldCollection<EnumValue>.Empty;

    /// <inheritdoc cref="INamedType.SyntaxNode"/>
    public EnumTypeDefinitionNode? SyntaxNode { get; }

    ITypeDefinitionNode? INamedType.SyntaxNode => SyntaxNode;

    /// <inheritdoc/>
    public IReadOnlyList<ITypeExtensionNode> ExtensionSyntaxNodes => (IReadOnlyList<ITypeExtensionNode>?)_extensions ?? [];

    /// <summary>The CLR type of the runtime values (a C# enum), or <see langword="null"/> when they are names.</summary>
    public Type? RuntimeType { get; internal set; }

    /// <summary>Looks a value up by its runtime value (result coercion).</summary>
    public bool TryGetValueByRuntimeValue(object runtimeValue, [MaybeNullWhen(false)] out EnumValue value)
    {
        _byRuntimeValue ??= BuildRuntimeIndex();
        return _byRuntimeValue.TryGetValue(runtimeValue, out value);
    }

    /// <summary>Looks a value up by name.</summary>
    public bool TryGetValue(string name, [MaybeNullWhen(false)] out EnumValue value) => Values.TryGetField(name, out value);

    internal void AddExtension(ITypeExtensionNode node) => (_extensions ??= []).Add(node);

    internal void Complete(FieldCollection<EnumValue> values)
    {
        Values = values;
        _byRuntimeValue = null;
    }

    internal void BindRuntimeValues(Type? runtimeType, IReadOnlyDictionary<string, object> runtimeValues)
    {
        RuntimeType = runtimeType;
        foreach (var value in Values)
        {
            if (runtimeValues.TryGetValue(value.Name, out var runtimeValue))
            {
                value.RuntimeValue = runtimeValue;
            }
        }

        _byRuntimeValue = null;
    }

    private Dictionary<object, EnumValue> BuildRuntimeIndex()
    {
        var index = new Dictionary<object, EnumValue>(Values.Count);
        foreach (var value in Values)
        {
            index.TryAdd(value.RuntimeValue, value);
        }

        return index;
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
