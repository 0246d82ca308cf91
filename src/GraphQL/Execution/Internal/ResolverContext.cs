using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using KtPortal.GraphQL.Utilities;

namespace KtPortal.GraphQL.Execution.Internal;

/// <summary>
/// What one field's resolver sees. Contexts of leaf fields whose resolver finished synchronously are reused for
/// the next field, which is why a resolver must not keep its context.
/// </summary>
internal sealed class ResolverContext : IResolverContext
{
    private OperationContext _operation = null!;
    private ObjectType _objectType = null!;
    private FieldPlan _plan = null!;
    private object? _parent;
    private PathRef _pathRef;
    private FieldPath? _path;
    private IReadOnlyDictionary<string, object?> _arguments = null!;

    public Schema Schema => _operation.Schema;

    public ObjectType ObjectType => _objectType;

    public OutputField Field => _plan.Field;

    public FieldNode Selection => _plan.Nodes[0];

    public IReadOnlyList<FieldNode> FieldNodes => _plan.Nodes;

    public string ResponseName => _plan.ResponseName;

    public OperationDefinitionNode Operation => _operation.Operation.Definition;

    public IReadOnlyDictionary<string, object?> Variables => _operation.Variables;

    public bool SelectionsDependOnVariables => !_operation.Operation.CanCachePlans;

    public bool ArgumentUsesVariables(string name)
    {
        foreach (var argument in _plan.Nodes[0].Arguments)
        {
            if (argument.Name.Value == name)
            {
                return LiteralCoercion.HasVariables(argument.Value);
            }
        }

        return false;
    }

    public FieldPath Path => _path ??= _pathRef.ToPath();

    public IServiceProvider Services => _operation.Services;

    public IDictionary<string, object?> ContextData => _operation.ContextData;

    public CancellationToken RequestAborted => _operation.RequestAborted;

    /// <summary>The operation's field collector, for <see cref="SelectionExtensions.GetSelections"/>.</summary>
    public FieldCollector Collector => _operation.Collector;

    public void Initialize(OperationContext operation, ObjectType objectType, FieldPlan plan, object? parent, PathRef path, IReadOnlyDictionary<string, object?> arguments)
    {
        _operation = operation;
        _objectType = objectType;
        _plan = plan;
        _parent = parent;
        _pathRef = path;
        _path = null;
        _arguments = arguments;
    }

    public void Clear()
    {
        _parent = null;
        _path = null;
        _arguments = null!;
    }

    public object? Parent() => _parent;

    public T Parent<T>() => InputValueConverter.Convert<T>(_parent);

    public T ArgumentValue<T>(string name)
        => _arguments.TryGetValue(name, out var value) ? InputValueConverter.Convert<T>(value) : default!;

    public object? ArgumentValue(string name) => _arguments.TryGetValue(name, out var value) ? value : null;

    public bool HasArgument(string name) => _arguments.ContainsKey(name);

    public T Service<T>()
        where T : notnull
        => _operation.Services.GetRequiredService<T>();

    public void RegisterForCleanup(Func<ValueTask> cleanup) => _operation.RegisterForCleanup(cleanup);

    public void ReportError(GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _operation.AddError(error with
        {
            Path = error.Path ?? Path.ToList(),
            Locations = error.Locations.Count > 0 ? error.Locations : _plan.Locations,
        });
    }
}
