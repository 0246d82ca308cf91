using System.Linq.Expressions;
using System.Reflection;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types.CodeFirst;

// Global object identification (https://relay.dev/graphql/objectidentification.htm): the Node interface, the
// node/nodes root fields, node types and their resolvers, and [ID] members.
internal sealed partial class CodeFirstCompiler
{
    private const string NodeInterfaceName = "Node";
    private const string GlobalObjectIdentificationOrigin = "AddGlobalObjectIdentification()";

    private readonly HashSet<MemberInfo> _nodeIdMembers = [];
    private readonly List<(ComplexTypeModel Model, Type RuntimeType, NodeDefinition Definition)> _nodeTypes = [];
    private readonly Dictionary<Type, (MethodInfo Method, Func<ParameterExpression, Expression>? Instance)> _nodeResolverMethods = [];
    private readonly Dictionary<string, NodeResolverEntry> _nodeResolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, IdInputDecoder> _idInputDecoders = [];

    private static readonly MethodInfo ConvertInputMethod = typeof(Utilities.InputValueConverter).GetMethod(nameof(Utilities.InputValueConverter.Convert))!;

    private static NonNullTypeNode NonNullId => new(null, new NamedTypeNode(null, new NameNode(null, "ID")));

    // https://relay.dev/graphql/objectidentification.htm#sec-Node-Interface
    private void AddNodeInterface()
    {
        if (_registrations.GlobalObjectIdentification is null)
        {
            return;
        }

        Root("Query", GlobalObjectIdentificationOrigin);
        var node = new ComplexTypeModel(NodeInterfaceName, GlobalObjectIdentificationOrigin, isInterface: true)
        {
            Description = "An object with a globally unique ID.",
        };
        node.Fields.Add(new FieldModel("id", GlobalObjectIdentificationOrigin)
        {
            Type = NonNullId,
            Description = "The globally unique, opaque ID of the object.",
        });
        Register(node);
    }

    /// <summary>Whether <paramref name="type"/> is a node type, and how; the id member is noted before fields are built.</summary>
    private NodeDefinition? NodeDefinitionOf(Type type, TypeDefinitionData? data)
    {
        if (data?.Node is null && !type.IsDefined(typeof(NodeAttribute), false))
        {
            return null;
        }

        var node = new NodeDefinition
        {
            IdMember = data?.Node?.IdMember
                ?? type.GetProperty("Id", BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
                ?? type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .FirstOrDefault(p => p.GetCustomAttribute<IDAttribute>(true) is { TypeName: null, Type: null }),
            KeyType = data?.Node?.KeyType,
            Resolver = data?.Node?.Resolver,
        };
        if (node.IdMember is not null)
        {
            _nodeIdMembers.Add(node.IdMember);
        }

        return node;
    }

    // https://relay.dev/graphql/objectidentification.htm#sec-Node-root-field
    private void CompleteNodeType(ComplexTypeModel model, Type type, NodeDefinition node)
    {
        if (_registrations.GlobalObjectIdentification is null)
        {
            Error($"The type \"{model.Name}\" is a node, but the schema has no Node interface: call AddGlobalObjectIdentification().", model.Origin);
            return;
        }

        var idField = node.IdMember is null ? null : model.Fields.Find(f => f.Member == node.IdMember);
        if (idField is null)
        {
            Error($"The node type \"{model.Name}\" has no id: add an Id property, mark one [ID], or call IdField(...).", model.Origin);
            return;
        }

        if (!model.Interfaces.Contains(NodeInterfaceName))
        {
            model.Interfaces.Add(NodeInterfaceName);
        }

        idField.Name = "id";
        idField.Type = NonNullId;
        var typeName = model.Name;
        idField.Middleware.Insert(0, next => async context => NodeIds.Format(context, typeName, await next(context).ConfigureAwait(false)));
        _nodeTypes.Add((model, type, node));
    }

    private void NoteNodeResolver(MemberInfo member, Func<ParameterExpression, Expression>? instance)
    {
        if (member is MethodInfo method && method.IsDefined(typeof(NodeResolverAttribute), false))
        {
            var (type, _) = UnwrapTask(method.ReturnType, null);
            _nodeResolverMethods.TryAdd(type, (method, instance));
        }
    }

    /// <summary>Binds each node type to its resolver and adds <c>node</c> and <c>nodes</c> to the query type.</summary>
    private void CompleteNodes()
    {
        var options = _registrations.GlobalObjectIdentification;
        if (options is null)
        {
            return;
        }

        foreach (var (model, type, node) in _nodeTypes)
        {
            if (node.Resolver is { } resolver)
            {
                _nodeResolvers[model.Name] = new NodeResolverEntry(node.KeyType ?? typeof(string), resolver);
                continue;
            }

            var method = type.GetMethods(BindingFlags.Public | BindingFlags.Static).FirstOrDefault(m => m.IsDefined(typeof(NodeResolverAttribute), false));
            var instance = (Func<ParameterExpression, Expression>?)null;
            if (method is null && _nodeResolverMethods.TryGetValue(type, out var noted))
            {
                (method, instance) = noted;
            }

            if (method is null)
            {
                Error($"The node type \"{model.Name}\" has no node resolver: mark a method [NodeResolver], or call ResolveNode(...) in its descriptor.", model.Origin);
                continue;
            }

            if (NodeResolver(method, instance) is { } entry)
            {
                _nodeResolvers[model.Name] = entry;
            }
        }

        var query = Root("Query", GlobalObjectIdentificationOrigin);
        var fields = new NodeFieldResolvers(_nodeResolvers, options.MaxAllowedNodeBatchSize);
        var nodeField = new FieldModel("node", GlobalObjectIdentificationOrigin)
        {
            Description = "Fetches an object given its ID.",
            Type = new NamedTypeNode(null, new NameNode(null, NodeInterfaceName)),
            Resolver = fields.ResolveNode,
        };
        nodeField.Arguments.Add(new ArgumentModel("id", GlobalObjectIdentificationOrigin) { Type = NonNullId, Description = "ID of the object." });
        var nodesField = new FieldModel("nodes", GlobalObjectIdentificationOrigin)
        {
            Description = "Lookup nodes by a list of IDs.",
            Type = new NonNullTypeNode(null, new ListTypeNode(null, new NamedTypeNode(null, new NameNode(null, NodeInterfaceName)))),
            Resolver = fields.ResolveNodes,
        };
        nodesField.Arguments.Add(new ArgumentModel("ids", GlobalObjectIdentificationOrigin)
        {
            Type = new NonNullTypeNode(null, new ListTypeNode(null, NonNullId)),
            Description = "The list of node IDs.",
        });
        AddField(query, nodeField);
        AddField(query, nodesField);
    }

    private NodeResolverEntry? NodeResolver(MethodInfo method, Func<ParameterExpression, Expression>? instance)
    {
        var origin = Origins.Of(method);
        var key = method.GetParameters().FirstOrDefault(p => Classify(p) == ParameterKind.Argument);
        var keyType = key is null ? null : Nullable.GetUnderlyingType(key.ParameterType) ?? key.ParameterType;
        if (key is null || (keyType != typeof(int) && keyType != typeof(long) && keyType != typeof(Guid) && keyType != typeof(string)))
        {
            Error("A [NodeResolver] method takes the node's key (int, long, Guid or string) as its first argument.", origin);
            return null;
        }

        if (!method.IsStatic && instance is null)
        {
            Error("A [NodeResolver] method on a node class must be static.", origin);
            return null;
        }

        var resolver = ResolverCompiler.CompileKeyed(method, instance, (parameter, context, keyValue)
            => parameter == key ? Expression.Convert(keyValue, parameter.ParameterType) : BindParameter(parameter, context));
        return new NodeResolverEntry(keyType, resolver);
    }

    private bool IsIdMember(ICustomAttributeProvider member)
        => member.IsDefined(typeof(IDAttribute), true) || (member is MemberInfo info && _nodeIdMembers.Contains(info));

    /// <summary>An <c>ID</c> in the shape (lists, nullability) of the CLR type.</summary>
    private static ITypeNode IdTypeReference(Type type, NullabilityInfo? nullability)
    {
        var nonNull = IsNonNull(type, nullability);
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            type = underlying;
            nullability = null;
        }

        ITypeNode reference = TryGetListElement(type, nullability, out var element, out var elementNullability)
            ? new ListTypeNode(null, IdTypeReference(element, elementNullability))
            : new NamedTypeNode(null, new NameNode(null, "ID"));
        return nonNull ? new NonNullTypeNode(null, reference) : reference;
    }

    /// <summary>The node type an <see cref="IDAttribute"/> names, or <see langword="null"/> for any.</summary>
    private string? IdTypeName(IDAttribute attribute, string origin)
        => attribute.TypeName ?? (attribute.Type is { } type ? NamedType(type, isInput: false, origin) : null);

    /// <summary>An output member marked [ID] (not a node's own id) returns global IDs.</summary>
    private void ApplyIdAttribute(ComplexTypeModel model, FieldModel field)
    {
        if (field.Member is not { } member || _nodeIdMembers.Contains(member)
            || member.GetCustomAttribute<IDAttribute>(true) is not { } attribute)
        {
            return;
        }

        var typeName = IdTypeName(attribute, field.Origin) ?? model.Name;
        field.Middleware.Insert(0, next => async context => NodeIds.Format(context, typeName, await next(context).ConfigureAwait(false)));
    }

    /// <summary>The decoder of an input class with [ID] properties (or of the elements of a list of them), else null.</summary>
    private IdInputDecoder? IdInputDecoderFor(Type type)
    {
        var element = type == typeof(string) ? type : TryGetListElement(type, null, out var listElement, out _) ? listElement : type;
        if (_idInputDecoders.TryGetValue(element, out var decoder))
        {
            return decoder;
        }

        if (!element.IsClass || element == typeof(string)
            || !element.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => p.IsDefined(typeof(IDAttribute), true)))
        {
            return null;
        }

        decoder = new IdInputDecoder();
        _idInputDecoders[element] = decoder;
        return decoder;
    }

    /// <summary>The argument value <paramref name="value"/> as <paramref name="type"/>, built by an ID-decoding input decoder.</summary>
    private static Expression DecodeIdInput(IdInputDecoder decoder, Type type, Expression value, ParameterExpression context)
        => Expression.Call(
            ConvertInputMethod.MakeGenericMethod(type),
            Expression.Call(Expression.Constant(decoder), nameof(IdInputDecoder.Create), null, context, value));
}
