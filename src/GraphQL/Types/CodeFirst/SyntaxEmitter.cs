using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Execution.Internal;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types.CodeFirst;

/// <summary>Turns the code-first models into SDL definitions, their origins and the runtime bindings.</summary>
internal sealed class SyntaxEmitter
{
    private readonly Dictionary<ISyntaxNode, string> _origins = new(ReferenceEqualityComparer.Instance);
    private readonly List<IDefinitionNode> _definitions = [];
    private readonly List<Action<SchemaBuilder>> _bindings = [];

    public static CodeFirstResult Emit(
        IEnumerable<TypeModel> types,
        IEnumerable<DirectiveModel> directives,
        IEnumerable<ScalarType> scalars,
        IReadOnlySet<string> sdlTypeNames)
    {
        var emitter = new SyntaxEmitter();
        foreach (var directive in directives)
        {
            emitter.Directive(directive);
        }

        foreach (var type in types)
        {
            emitter.Type(type);
        }

        // Scalars come last, so the printed schema reads from the root types down.
        foreach (var scalar in scalars)
        {
            emitter._bindings.Add(builder => builder.AddScalar(scalar));
            if (!sdlTypeNames.Contains(scalar.Name))
            {
                emitter._definitions.Add(new ScalarTypeDefinitionNode(null, null, Name(scalar.Name), []));
            }
        }

        return new CodeFirstResult(emitter._definitions, emitter._origins, emitter._bindings);
    }

    private void Type(TypeModel type)
    {
        switch (type)
        {
            case ComplexTypeModel complex:
                Complex(complex);
                break;
            case InputTypeModel input:
                Input(input);
                break;
            case EnumTypeModel enumType:
                Enum(enumType);
                break;
            case UnionTypeModel union:
                Add(new UnionTypeDefinitionNode(null, Description(union.Description), Name(union.Name), union.Directives, [.. union.Types.Select(NamedType)]), union.Origin);
                break;
        }
    }

    private void Complex(ComplexTypeModel model)
    {
        var fields = model.Fields.Where(f => !f.IsIgnored && f.Type is not null).Select(Field).ToList();
        var interfaces = model.Interfaces.Select(NamedType).ToList();
        IDefinitionNode node = model switch
        {
            { IsExtension: true } => new ObjectTypeExtensionNode(null, Name(model.Name), interfaces, model.Directives, fields),
            { IsInterface: true } => new InterfaceTypeDefinitionNode(null, Description(model.Description), Name(model.Name), interfaces, model.Directives, fields),
            _ => new ObjectTypeDefinitionNode(null, Description(model.Description), Name(model.Name), interfaces, model.Directives, fields),
        };
        Add(node, model.Origin);

        // An interface's rules are bound too: the schema builder guards its fields on the object types that implement it.
        foreach (var rule in model.Authorization)
        {
            _bindings.Add(builder => builder.AddAuthorization(model.Name, null, rule));
        }

        foreach (var field in model.Fields.Where(f => !f.IsIgnored && f.Type is not null))
        {
            foreach (var rule in field.Authorization)
            {
                _bindings.Add(builder => builder.AddAuthorization(model.Name, field.Name, rule));
            }
        }

        if (model.IsInterface)
        {
            return;
        }

        if (model.RuntimeType is { } runtimeType)
        {
            _bindings.Add(builder => builder.BindRuntimeType(model.Name, runtimeType));
        }

        foreach (var field in model.Fields.Where(f => !f.IsIgnored && f.Type is not null))
        {
            if (WithMiddleware(field) is { } resolver)
            {
                // With middleware, the resolver is a pipeline around the member read, not the read itself.
                var readsParentMember = field.MemberReader is { } reader && ReferenceEquals(reader, resolver);
                _bindings.Add(builder => builder.SetResolver(model.Name, field.Name, resolver, field.IsParallelExecutable, readsParentMember));
            }

            if (BatchResolver(field) is { } batchResolver)
            {
                _bindings.Add(builder => builder.AddBatchResolver(model.Name, field.Name, batchResolver));
            }

            if (field.ContextData.Count > 0)
            {
                var contextData = field.ContextData.ToList();
                _bindings.Add(builder => builder.BindField(model.Name, field.Name, outputField =>
                {
                    foreach (var (key, value) in contextData)
                    {
                        outputField.ContextData[key] = value;
                    }
                }));
            }

            if (field.SubscribeResolver is { } subscribe)
            {
                _bindings.Add(builder => builder.AddSubscribeResolver(model.Name, field.Name, subscribe));
            }
        }
    }

    // The first middleware declared runs outermost; a field without a resolver reads its parent's member.
    private static FieldResolverDelegate? WithMiddleware(FieldModel field)
        => field.Middleware.Count == 0 ? field.Resolver : Pipeline(field, 0);

    // The batch resolver, when the outermost middleware has a batch form: that form around the rest of the pipeline.
    // A middleware added outside it later (such as the ID formatting of a node's id) rules the batch out, since
    // the batch would skip it.
    private static BatchFieldResolverDelegate? BatchResolver(FieldModel field)
        => field.Middleware.Count > 0 && field.BatchMiddleware.TryGetValue(field.Middleware[0], out var batch)
            ? batch(Pipeline(field, 1))
            : null;

    private static FieldResolverDelegate Pipeline(FieldModel field, int from)
    {
        var resolver = field.Resolver;
        if (resolver is null)
        {
            var fallback = new DefaultFieldResolver(field.Name);
            resolver = context => new ValueTask<object?>(fallback.Resolve(context.Parent()));
        }

        for (var i = field.Middleware.Count - 1; i >= from; i--)
        {
            resolver = field.Middleware[i](resolver);
        }

        return resolver;
    }

    private FieldDefinitionNode Field(FieldModel field)
    {
        var node = new FieldDefinitionNode(
            null,
            Description(field.Description),
            Name(field.Name),
            [.. field.Arguments.Where(a => !a.IsIgnored && a.Type is not null).Select(InputValue)],
            field.Type!,
            WithDeprecation(field.Directives, field.DeprecationReason));
        _origins[node] = field.Origin;
        AddTypeOrigin(node.Type, field.Origin);
        return node;
    }

    private InputValueDefinitionNode InputValue(ArgumentModel argument)
    {
        var node = new InputValueDefinitionNode(
            null,
            Description(argument.Description),
            Name(argument.Name),
            argument.Type!,
            argument.DefaultValue,
            WithDeprecation(argument.Directives, argument.DeprecationReason));
        _origins[node] = argument.Origin;
        AddTypeOrigin(node.Type, argument.Origin);
        return node;
    }

    private void Input(InputTypeModel model)
    {
        IReadOnlyList<DirectiveNode> directives = model.IsOneOf
            ? [.. model.Directives, new DirectiveNode(null, Name("oneOf"), [])]
            : model.Directives;
        var fields = model.Fields.Where(f => !f.IsIgnored && f.Type is not null).Select(InputValue).ToList();
        Add(new InputObjectTypeDefinitionNode(null, Description(model.Description), Name(model.Name), directives, fields), model.Origin);
        if (model.RuntimeType is { } runtimeType && model.Factory is { } factory && model.BindsFactory)
        {
            _bindings.Add(builder => builder.BindInputObject(model.Name, runtimeType, factory));
        }
    }

    private void Enum(EnumTypeModel model)
    {
        var values = new List<EnumValueDefinitionNode>();
        var runtimeValues = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var value in model.Values.Where(v => !v.IsIgnored))
        {
            var node = new EnumValueDefinitionNode(null, Description(value.Description), Name(value.Name), WithDeprecation([], value.DeprecationReason));
            _origins[node] = value.Origin;
            values.Add(node);
            runtimeValues[value.Name] = value.RuntimeValue;
        }

        Add(new EnumTypeDefinitionNode(null, Description(model.Description), Name(model.Name), model.Directives, values), model.Origin);
        _bindings.Add(builder => builder.BindEnumValues(model.Name, model.RuntimeType, runtimeValues));
    }

    private void Directive(DirectiveModel model)
    {
        var node = new DirectiveDefinitionNode(
            null,
            Description(model.Description),
            Name(model.Name),
            [.. model.Arguments.Where(a => a.Type is not null).Select(InputValue)],
            model.IsRepeatable,
            [.. model.Locations.Select(Name)]);
        Add(node, model.Origin);
    }

    // Some rules report at the type reference of a field or argument rather than at its definition.
    private void AddTypeOrigin(ITypeNode type, string origin)
    {
        _origins[type] = origin;
        switch (type)
        {
            case NonNullTypeNode nonNull:
                AddTypeOrigin(nonNull.Type, origin);
                break;
            case ListTypeNode list:
                AddTypeOrigin(list.Type, origin);
                break;
        }
    }

    private void Add(IDefinitionNode node, string origin)
    {
        _origins[node] = origin;
        _definitions.Add(node);
    }

    private static IReadOnlyList<DirectiveNode> WithDeprecation(IReadOnlyList<DirectiveNode> directives, string? reason)
        => reason is null
            ? directives
            : [.. directives, new DirectiveNode(null, Name("deprecated"), [new ArgumentNode(null, Name("reason"), new StringValueNode(null, reason, false))])];

    private static NameNode Name(string value) => new(null, value);

    private static NamedTypeNode NamedType(string name) => new(null, Name(name));

    private static StringValueNode? Description(string? text) => text is null ? null : new StringValueNode(null, text, false);
}
