namespace KtPortal.GraphQL.Types.CodeFirst;

/// <summary>What a <see cref="SchemaBuilder"/> was told about code-first types, in registration order.</summary>
internal sealed class CodeFirstRegistrations
{
    /// <summary>Classes whose members become fields of a root type, by root type name.</summary>
    public List<(string RootName, Type Type)> RootTypes { get; } = [];

    /// <summary>Root fields configured with a descriptor, by root type name.</summary>
    public List<(string RootName, Action<IObjectTypeDescriptor> Configure)> RootConfigurations { get; } = [];

    /// <summary>Types registered explicitly (object types, interface implementations, enums, descriptor types).</summary>
    public List<Type> Types { get; } = [];

    /// <summary>Descriptor-based type definitions given as instances.</summary>
    public List<object> TypeInstances { get; } = [];

    /// <summary>Classes carrying <see cref="ExtendObjectTypeAttribute"/> or descriptor extensions.</summary>
    public List<Type> Extensions { get; } = [];

    /// <summary>Custom scalars added by instance.</summary>
    public List<ScalarType> Scalars { get; } = [];

    /// <summary>CLR types mapped to scalars explicitly.</summary>
    public Dictionary<Type, ScalarType> RuntimeTypeBindings { get; } = [];

    /// <summary>The root services, used to create resolver classes and to tell services from arguments.</summary>
    public IServiceProvider? Services { get; set; }

    /// <summary>Set by <c>AddGlobalObjectIdentification</c>: the <c>Node</c> interface and <c>node</c>/<c>nodes</c> fields.</summary>
    public GlobalObjectIdentificationOptions? GlobalObjectIdentification { get; set; }

    /// <summary>Set by <c>AddMutationConventions</c>.</summary>
    public MutationConventionOptions? MutationConventions { get; set; }

    public bool IsEmpty => GlobalObjectIdentification is null && MutationConventions is null && RootTypes.Count == 0 && RootConfigurations.Count == 0 && Types.Count == 0
        && TypeInstances.Count == 0 && Extensions.Count == 0 && Scalars.Count == 0;

    /// <summary>The operation type whose root a class extends, from its attributes.</summary>
    public static string? RootNameOf(Type type)
    {
        if (Attribute.IsDefined(type, typeof(QueryTypeAttribute)))
        {
            return "Query";
        }

        if (Attribute.IsDefined(type, typeof(MutationTypeAttribute)))
        {
            return "Mutation";
        }

        if (Attribute.IsDefined(type, typeof(SubscriptionTypeAttribute)))
        {
            return "Subscription";
        }

        return type.GetCustomAttributes(typeof(ExtendObjectTypeAttribute), false) is [ExtendObjectTypeAttribute { Name: "Query" or "Mutation" or "Subscription" } extend]
            ? extend.Name
            : null;
    }

}
