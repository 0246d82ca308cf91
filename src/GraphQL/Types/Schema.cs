using System.Diagnostics.CodeAnalysis;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>
/// An immutable GraphQL schema: root types, every named type reachable from them, and directives.
/// Build one with <see cref="SchemaBuilder"/>.
/// </summary>
// https://spec.graphql.org/October2021/#sec-Schema
public sealed partial class Schema
{
    private readonly Dictionary<string, INamedType> _types;
    private readonly Dictionary<string, DirectiveDefinition> _directives;

    internal Schema(
        string? description,
        ObjectType? queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType,
        IEnumerable<INamedType> types,
        IReadOnlyList<DirectiveDefinition> directives,
        SchemaDefinitionNode? syntaxNode,
        IReadOnlyList<SchemaExtensionNode> extensionSyntaxNodes)
    {
        Description = description;
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        SyntaxNode = syntaxNode;
        ExtensionSyntaxNodes = extensionSyntaxNodes;
        DirectiveList = directives;

        var ordered = CollectTypes(types, queryType, mutationType, subscriptionType, directives);
        _types = new Dictionary<string, INamedType>(ordered.Count, StringComparer.Ordinal);
        foreach (var type in ordered)
        {
            if (!_types.TryAdd(type.Name, type))
            {
                throw new SchemaException(
                    [new GraphQLError($"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".")]);
            }
        }

        TypeList = ordered;
        Types = new OrderedTypeMap(ordered, _types);
        _directives = new Dictionary<string, DirectiveDefinition>(directives.Count, StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            _directives.TryAdd(directive.Name, directive);
        }

        Directives = new OrderedDirectiveMap(directives, _directives);
        _implementations = BuildImplementations(ordered);
    }

    /// <summary>The schema description, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>The query root type; <see langword="null"/> only for a schema without one.</summary>
    public ObjectType? QueryType { get; }

    /// <summary>The mutation root type, or <see langword="null"/>.</summary>
    public ObjectType? MutationType { get; }

    /// <summary>The subscription root type, or <see langword="null"/>.</summary>
    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type by name; enumerates in graphql-js type-map order.</summary>
    public IReadOnlyDictionary<string, INamedType> Types { get; }

    /// <summary>Every named type in graphql-js type-map order.</summary>
    public IReadOnlyList<INamedType> TypeList { get; }

    /// <summary>Every directive by name; enumerates in definition order.</summary>
    public IReadOnlyDictionary<string, DirectiveDefinition> Directives { get; }

    /// <summary>Every directive, in definition order.</summary>
    public IReadOnlyList<DirectiveDefinition> DirectiveList { get; }

    /// <summary>The schema definition node, or <see langword="null"/>.</summary>
    public SchemaDefinitionNode? SyntaxNode { get; }

    /// <summary>The schema extension nodes, in document order.</summary>
    public IReadOnlyList<SchemaExtensionNode> ExtensionSyntaxNodes { get; }

    /// <summary>The root type for <paramref name="operation"/>, or <see langword="null"/>.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The type named <paramref name="name"/> as <typeparamref name="T"/>; throws when missing or of another kind.</summary>
    public T GetType<T>(string name)
        where T : INamedType
    {
        if (_types.TryGetValue(name, out var type) && type is T typed)
        {
            return typed;
        }

        throw new ArgumentException($"The schema has no {typeof(T).Name} named \"{name}\".", nameof(name));
    }

    /// <summary>Looks a named type up.</summary>
    public bool TryGetType(string name, [MaybeNullWhen(false)] out INamedType type) => _types.TryGetValue(name, out type);

    /// <summary>Looks a named type of kind <typeparamref name="T"/> up.</summary>
    public bool TryGetType<T>(string name, [MaybeNullWhen(false)] out T type)
        where T : INamedType
    {
        if (_types.TryGetValue(name, out var found) && found is T typed)
        {
            type = typed;
            return true;
        }

        type = default;
        return false;
    }

    /// <summary>Looks a directive up by name (without <c>@</c>).</summary>
    public bool TryGetDirective(string name, [MaybeNullWhen(false)] out DirectiveDefinition directive)
        => _directives.TryGetValue(name, out directive);

    /// <inheritdoc/>
    public override string ToString() => QueryType is null ? "Schema" : $"Schema (query: {QueryType.Name})";
}
