using KtPortal.GraphQL.Execution;

namespace KtPortal.GraphQL.Types;

// Runtime behaviour for a schema described in SDL: resolvers, scalar implementations, and how runtime values
// map to enum values, input objects and object types. Code-first types are turned into SDL plus these bindings.
public sealed partial class SchemaBuilder
{
    private readonly Dictionary<string, ScalarType> _scalars = new(StringComparer.Ordinal);
    private readonly List<(string TypeName, string? FieldName, Action<Schema, INamedType, OutputField?> Apply)> _bindings = [];

    /// <summary>Sets the resolver of <c>typeName.fieldName</c>.</summary>
    public SchemaBuilder AddResolver(string typeName, string fieldName, FieldResolverDelegate resolver, bool isParallelExecutable = true)
        => SetResolver(typeName, fieldName, resolver, isParallelExecutable, readsParentMember: false);

    /// <summary>
    /// Sets the resolver of <c>typeName.fieldName</c>; <paramref name="readsParentMember"/> says that it only reads a
    /// property or field of the parent (see <see cref="OutputField.IsPure"/>).
    /// </summary>
    internal SchemaBuilder SetResolver(string typeName, string fieldName, FieldResolverDelegate resolver, bool isParallelExecutable, bool readsParentMember)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return BindField(typeName, fieldName, field =>
        {
            field.Resolver = resolver;
            field.IsParallelExecutable = isParallelExecutable;
            field.ReadsParentMember = readsParentMember;
        });
    }

    /// <summary>
    /// Sets the batch resolver of <c>typeName.fieldName</c>, which resolves it for all the items of a list at once
    /// (see <see cref="BatchFieldResolverDelegate"/>). The field keeps its resolver for everywhere else.
    /// </summary>
    public SchemaBuilder AddBatchResolver(string typeName, string fieldName, BatchFieldResolverDelegate resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return BindField(typeName, fieldName, field => field.BatchResolver = resolver);
    }

    /// <summary>Sets the source-stream resolver of the subscription field <c>typeName.fieldName</c>.</summary>
    public SchemaBuilder AddSubscribeResolver(string typeName, string fieldName, SubscribeResolverDelegate subscribe)
    {
        ArgumentNullException.ThrowIfNull(subscribe);
        return BindField(typeName, fieldName, field => field.SubscribeResolver = subscribe);
    }

    /// <summary>
    /// Supplies the implementation of a scalar: an SDL <c>scalar</c> definition with the same name becomes this
    /// instance (its description and <c>specifiedByURL</c> included).
    /// </summary>
    public SchemaBuilder AddScalar(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        _scalars[scalar.Name] = scalar;
        return this;
    }

    /// <summary>Declares the CLR type of an object type's values (used to resolve abstract types).</summary>
    public SchemaBuilder BindRuntimeType(string objectTypeName, Type runtimeType)
    {
        ArgumentNullException.ThrowIfNull(runtimeType);
        return Bind(objectTypeName, null, (type, _) => Expect<ObjectType>(type).RuntimeType = runtimeType);
    }

    /// <summary>Decides which values belong to an object type.</summary>
    public SchemaBuilder BindIsOfType(string objectTypeName, Func<object, IResolverContext, bool> isOfType)
    {
        ArgumentNullException.ThrowIfNull(isOfType);
        return Bind(objectTypeName, null, (type, _) => Expect<ObjectType>(type).IsOfType = isOfType);
    }

    /// <summary>Picks the object type of a value of an interface or union.</summary>
    public SchemaBuilder BindTypeResolver(string abstractTypeName, Func<object, IResolverContext, ObjectType?> resolveType)
    {
        ArgumentNullException.ThrowIfNull(resolveType);
        return Bind(abstractTypeName, null, (type, _) =>
        {
            switch (type)
            {
                case InterfaceType iface:
                    iface.ResolveType = resolveType;
                    break;
                case UnionType union:
                    union.ResolveType = resolveType;
                    break;
                default:
                    throw new SchemaException([new GraphQLError($"\"{type.Name}\" is not an interface or union type, so it takes no type resolver.")]);
            }
        });
    }

    /// <summary>Maps enum values (by name) to runtime values, such as the members of a C# enum.</summary>
    public SchemaBuilder BindEnumValues(string enumTypeName, Type? runtimeType, IReadOnlyDictionary<string, object> runtimeValues)
    {
        ArgumentNullException.ThrowIfNull(runtimeValues);
        return Bind(enumTypeName, null, (type, _) => Expect<EnumType>(type).BindRuntimeValues(runtimeType, runtimeValues));
    }

    /// <summary>Makes an input object coerce to a CLR value built by <paramref name="factory"/> from its fields.</summary>
    public SchemaBuilder BindInputObject(string inputTypeName, Type runtimeType, Func<IReadOnlyDictionary<string, object?>, object> factory)
    {
        ArgumentNullException.ThrowIfNull(runtimeType);
        ArgumentNullException.ThrowIfNull(factory);
        return Bind(inputTypeName, null, (type, _) =>
        {
            var input = Expect<InputObjectType>(type);
            input.RuntimeType = runtimeType;
            input.RuntimeFactory = factory;
        });
    }

    /// <summary>
    /// Guards the field <c>typeName.fieldName</c>, or with <paramref name="fieldName"/> <see langword="null"/> every
    /// field of the object type <paramref name="typeName"/> (those of its extensions too), with <paramref name="rule"/>:
    /// an <see cref="Authorization.IAuthorizationHandler"/> checks it before the resolver runs. A rule on an interface
    /// (one of its fields, or all of them) guards those fields on every object type that implements it, directly or
    /// through another interface, since a field is always resolved on an object type.
    /// </summary>
    public SchemaBuilder AddAuthorization(string typeName, string? fieldName, Authorization.AuthorizationRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return Bind(typeName, fieldName, (schema, type, field) =>
        {
            if (type is InterfaceType iface)
            {
                GuardImplementations(schema, iface, field, rule);
                return;
            }

            if (field is not null)
            {
                field.AddAuthorization(rule);
                return;
            }

            foreach (var each in Expect<ObjectType>(type).Fields)
            {
                each.AddAuthorization(rule);
            }
        });
    }

    // The interface's own fields carry the rule too, as metadata; the object types' fields are the ones executed.
    private static void GuardImplementations(Schema schema, InterfaceType iface, OutputField? field, Authorization.AuthorizationRule rule)
    {
        var guarded = field is null ? [.. iface.Fields] : new[] { field };
        foreach (var interfaceField in guarded)
        {
            interfaceField.AddAuthorization(rule);
            foreach (var implementation in schema.GetPossibleTypes(iface))
            {
                // Schema validation requires every implementation to declare each field of its interfaces.
                if (implementation.Fields.TryGetField(interfaceField.Name, out var implemented))
                {
                    implemented.AddAuthorization(rule);
                }
            }
        }
    }

    /// <summary>Configures a built field directly (metadata for later stages, resolvers).</summary>
    internal SchemaBuilder BindField(string typeName, string fieldName, Action<OutputField> configure)
    {
        ArgumentException.ThrowIfNullOrEmpty(fieldName);
        return Bind(typeName, fieldName, (_, field) => configure(field!));
    }

    private SchemaBuilder Bind(string typeName, string? fieldName, Action<INamedType, OutputField?> apply)
    {
        ArgumentNullException.ThrowIfNull(apply);
        return Bind(typeName, fieldName, (_, type, field) => apply(type, field));
    }

    private SchemaBuilder Bind(string typeName, string? fieldName, Action<Schema, INamedType, OutputField?> apply)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        _bindings.Add((typeName, fieldName, apply));
        return this;
    }

    private void ApplyBindings(Schema schema)
    {
        var errors = new List<GraphQLError>();
        foreach (var (typeName, fieldName, apply) in _bindings)
        {
            if (!schema.TryGetType(typeName, out var type))
            {
                errors.Add(new GraphQLError($"A binding names the type \"{typeName}\", which the schema does not define."));
                continue;
            }

            OutputField? field = null;
            if (fieldName is not null
                && (type is not IComplexOutputType complex || !complex.Fields.TryGetField(fieldName, out field)))
            {
                errors.Add(new GraphQLError($"A binding names the field \"{typeName}.{fieldName}\", which the schema does not define."));
                continue;
            }

            try
            {
                apply(schema, type, field);
            }
            catch (SchemaException exception)
            {
                errors.AddRange(exception.Errors);
            }
        }

        if (errors.Count > 0)
        {
            throw new SchemaException(errors);
        }
    }

    private static T Expect<T>(INamedType type)
        where T : INamedType
        => type is T typed
            ? typed
            : throw new SchemaException([new GraphQLError($"\"{type.Name}\" is a {type.Kind} type, so it cannot take this binding.")]);
}
