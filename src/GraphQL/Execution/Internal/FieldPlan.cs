using System.Collections.Concurrent;
using System.Text.Json;
using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Execution.Internal;

/// <summary>
/// One response key of a collected selection set for one object type: the field, its merged field nodes, its
/// literal arguments (coerced once when they hold no variables) and the plans of its sub-selections, kept per
/// object type so that a repeated request does no collection work.
/// </summary>
internal sealed class FieldPlan
{
    private static readonly ArgumentsResult NoArguments = new(new Dictionary<string, object?>(0, StringComparer.Ordinal), null);

    private readonly bool _cacheChildren;
    private IReadOnlyList<ErrorLocation>? _locations;
    private DefaultFieldResolver? _defaultResolver;
    private ArgumentsResult? _staticArguments;
    private ChildPlans? _firstChildPlans;
    private ConcurrentDictionary<ObjectType, FieldPlan[]>? _childPlans;
    private object? _pausableList;

    // What PausableList keeps when there is none.
    private static readonly object NoList = new();

    public FieldPlan(ObjectType parentType, string responseName, OutputField field, FieldNode[] nodes, bool cacheChildren)
    {
        ParentType = parentType;
        ResponseName = responseName;
        EncodedName = JsonEncodedText.Encode(responseName);
        Field = field;
        Nodes = nodes;
        IsTypeName = ReferenceEquals(field, Introspection.TypeNameField);
        _cacheChildren = cacheChildren;
        HasArguments = field.Arguments.Count > 0;
        ArgumentsUseVariables = HasArguments && UsesVariables(nodes[0]);
        var named = field.Type.NamedType();
        IsLeaf = named is ScalarType or EnumType;
        NeedsContext = field.Resolver is not null
            || named is IAbstractType
            || (named is ObjectType { IsOfType: not null });
    }

    public ObjectType ParentType { get; }

    public string ResponseName { get; }

    /// <summary>The response name, encoded for the JSON writer once.</summary>
    public JsonEncodedText EncodedName { get; }

    public OutputField Field { get; }

    public FieldNode[] Nodes { get; }

    public bool IsTypeName { get; }

    /// <summary>Whether the field's named type is a scalar or enum (its completion never needs the resolver context).</summary>
    public bool IsLeaf { get; }

    public bool HasArguments { get; }

    public bool ArgumentsUseVariables { get; }

    /// <summary>Whether completion may call type resolvers or <c>IsOfType</c>, which take a resolver context.</summary>
    public bool NeedsContext { get; }

    public IReadOnlyList<ErrorLocation> Locations => _locations ??= Locate(Nodes);

    public DefaultFieldResolver DefaultResolver => _defaultResolver ??= new DefaultFieldResolver(Field.Name);

    public string Coordinate => ParentType.Name + "." + Field.Name;

    /// <summary>The coerced arguments, or the error that coercing them raised.</summary>
    public ArgumentsResult GetArguments(Schema schema, IReadOnlyDictionary<string, object?> variables)
    {
        if (!HasArguments)
        {
            return NoArguments;
        }

        if (ArgumentsUseVariables)
        {
            return ArgumentCoercion.Coerce(Field, Nodes[0], variables);
        }

        return _staticArguments ??= ArgumentCoercion.Coerce(Field, Nodes[0], variables);
    }

    public FieldPlan[] GetChildPlans(FieldCollector collector, ObjectType type)
    {
        if (!_cacheChildren)
        {
            return collector.CollectSubfields(type, Nodes);
        }

        var first = Volatile.Read(ref _firstChildPlans);
        if (first is not null && ReferenceEquals(first.Type, type))
        {
            return first.Plans;
        }

        if (first is null)
        {
            var created = new ChildPlans(type, collector.CollectSubfields(type, Nodes));
            first = Interlocked.CompareExchange(ref _firstChildPlans, created, null) ?? created;
            if (ReferenceEquals(first.Type, type))
            {
                return first.Plans;
            }
        }

        _childPlans ??= new ConcurrentDictionary<ObjectType, FieldPlan[]>(ReferenceEqualityComparer.Instance);
        return _childPlans.GetOrAdd(type, static (t, state) => state.Collector.CollectSubfields(t, state.Nodes), (Collector: collector, Nodes));
    }

    /// <summary>
    /// The one list within this field's value whose items' batches may run before the items' other fields are
    /// completed, or null. That is so when completing the value (an object) can start nothing that loads except the
    /// batch resolvers of that list's items: every other field below only reads its parent (<see cref="OutputField.IsPure"/>),
    /// down to its leaves, and no other list below has batched fields. Found once per plan; null for plans whose
    /// selections depend on the request's variables.
    /// </summary>
    public FieldPlan? PausableList(FieldCollector collector)
    {
        if (!_cacheChildren)
        {
            return null;
        }

        var known = Volatile.Read(ref _pausableList);
        if (known is null)
        {
            known = FindPausableList(collector) ?? NoList;
            Volatile.Write(ref _pausableList, known);
        }

        return known as FieldPlan;
    }

    private FieldPlan? FindPausableList(FieldCollector collector)
    {
        try
        {
            FieldPlan? list = null;
            return Field.Type.NullableType() switch
            {
                ObjectType type when ScanValue(this, type, collector, ref list) => list,
                ListType { ElementType: var element } when element.NullableType() is ObjectType itemType && ScanItems(this, itemType, collector) => this,
                _ => null,
            };
        }
        catch (Exception)
        {
            // A selection that cannot be collected fails at its own path during completion; nothing pauses for it.
            return null;
        }
    }

    // Whether completing plan's object value starts nothing that loads, except the batches of one list (into list).
    private static bool ScanValue(FieldPlan plan, ObjectType type, FieldCollector collector, ref FieldPlan? list)
    {
        foreach (var child in plan.GetChildPlans(collector, type))
        {
            if (child.IsTypeName || (child.Field.IsPure && child.IsLeaf))
            {
                continue;
            }

            if (!child.Field.IsPure)
            {
                return false;
            }

            switch (child.Field.Type.NullableType())
            {
                case ObjectType objectType when ScanValue(child, objectType, collector, ref list):
                    continue;
                case ListType { ElementType: var element } when list is null && element.NullableType() is ObjectType itemType
                    && ScanItems(child, itemType, collector):
                    list = child;
                    continue;
                default:
                    return false;
            }
        }

        return true;
    }

    // Whether the items' fields are batched or only read their parents, down to their leaves.
    private static bool ScanItems(FieldPlan list, ObjectType itemType, FieldCollector collector)
    {
        foreach (var itemField in list.GetChildPlans(collector, itemType))
        {
            // A field with a batch resolver runs in the list's batch, and completes when that delivers.
            if (itemField.Field.BatchResolver is null && !IsWhollyPure(itemField, collector))
            {
                return false;
            }
        }

        return true;
    }

    // Whether the field and everything below it only read their parents.
    private static bool IsWhollyPure(FieldPlan plan, FieldCollector collector)
    {
        if (plan.IsTypeName || (plan.Field.IsPure && plan.IsLeaf))
        {
            return true;
        }

        if (!plan.Field.IsPure || plan.Field.Type.NamedType() is not ObjectType type)
        {
            return false;
        }

        foreach (var child in plan.GetChildPlans(collector, type))
        {
            if (!IsWhollyPure(child, collector))
            {
                return false;
            }
        }

        return true;
    }

    private static bool UsesVariables(FieldNode node)
    {
        foreach (var argument in node.Arguments)
        {
            if (LiteralCoercion.HasVariables(argument.Value))
            {
                return true;
            }
        }

        return false;
    }

    public static IReadOnlyList<ErrorLocation> Locate(IReadOnlyList<ISyntaxNode> nodes)
    {
        var locations = new List<ErrorLocation>(nodes.Count);
        foreach (var node in nodes)
        {
            if (node.Location is { } location)
            {
                locations.Add(new ErrorLocation(location.Line, location.Column));
            }
        }

        return locations;
    }

    private sealed record ChildPlans(ObjectType Type, FieldPlan[] Plans);
}

/// <summary>Coerced argument values, or the error that stopped their coercion.</summary>
internal sealed record ArgumentsResult(IReadOnlyDictionary<string, object?> Values, GraphQLError? Error);
