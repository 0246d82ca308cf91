using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Tests.SchemaIntrospection;

/// <summary>A resolver context holding only what resolvers read: schema, field, parent and arguments.</summary>
internal sealed class TestResolverContext(
    Schema schema,
    ObjectType objectType,
    OutputField outputField,
    object? parent,
    IReadOnlyDictionary<string, object?> arguments) : IResolverContext
{
    public Schema Schema => schema;

    public ObjectType ObjectType => objectType;

    public OutputField Field => outputField;

    public FieldNode Selection => new(null, null, new NameNode(null, outputField.Name), [], [], null);

    public IReadOnlyList<FieldNode> FieldNodes => [Selection];

    public string ResponseName => outputField.Name;

    public OperationDefinitionNode Operation => throw new NotSupportedException();

    public IReadOnlyDictionary<string, object?> Variables { get; } = new Dictionary<string, object?>();

    public FieldPath Path => FieldPath.Root.Append(outputField.Name);

    public IServiceProvider Services => throw new NotSupportedException();

    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();

    public CancellationToken RequestAborted => CancellationToken.None;

    public object? Parent() => parent;

    public T Parent<T>() => (T)parent!;

    public T ArgumentValue<T>(string name) => (T)ArgumentValue(name)!;

    public object? ArgumentValue(string name) => arguments.GetValueOrDefault(name);

    public bool HasArgument(string name) => arguments.ContainsKey(name);

    public T Service<T>()
        where T : notnull
        => throw new NotSupportedException();

    public void ReportError(GraphQLError error) => throw new NotSupportedException();

    public void RegisterForCleanup(Func<ValueTask> cleanup) => throw new NotSupportedException();

    /// <summary>Runs a field's resolver, which must finish synchronously.</summary>
    public static object? Resolve(Schema schema, ObjectType objectType, OutputField field, object? parent, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        var resolver = field.Resolver ?? throw new InvalidOperationException($"{field.Coordinate} has no resolver.");
        var result = resolver(new TestResolverContext(schema, objectType, field, parent, arguments ?? new Dictionary<string, object?>()));
        Assert.True(result.IsCompletedSuccessfully, $"{field.Coordinate} did not finish synchronously.");
        return result.Result;
    }
}
