using KtPortal.GraphQL.Execution;
using System.Reflection;

namespace KtPortal.GraphQL.Types.CodeFirst;

/// <summary>A directive applied with a descriptor: its name and argument values.</summary>
internal sealed record DirectiveApplication(string Name, IReadOnlyDictionary<string, object?> Arguments);

/// <summary>A GraphQL type chosen with a descriptor: a CLR or descriptor type, or SDL type syntax.</summary>
internal sealed record TypeChoice(Type? Type, string? Syntax);

/// <summary>What a field, argument or input field descriptor recorded.</summary>
internal sealed class MemberDefinition(MemberInfo? member, string? name)
{
    public MemberInfo? Member { get; } = member;

    public string? Name { get; set; } = name;

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public bool IsIgnored { get; set; }

    public TypeChoice? Type { get; set; }

    public bool HasDefaultValue { get; set; }

    public object? DefaultValue { get; set; }

    public List<MemberDefinition> Arguments { get; } = [];

    public FieldResolverDelegate? Resolver { get; set; }

    public SubscribeResolverDelegate? SubscribeResolver { get; set; }

    public bool IsSerial { get; set; }

    public List<DirectiveApplication> Directives { get; } = [];

    public List<FieldMiddleware> Middleware { get; } = [];

    /// <summary>The batch forms of middleware in <see cref="Middleware"/>, by the middleware.</summary>
    public Dictionary<FieldMiddleware, BatchFieldMiddleware> BatchMiddleware { get; } = [];

    public Dictionary<string, object?> ContextData { get; } = new(StringComparer.Ordinal);

    public List<Action<IDescriptorContext, IObjectFieldDescriptor>> Configurations { get; } = [];

    public List<Authorization.AuthorizationRule> Authorization { get; } = [];
}

/// <summary>What a type descriptor recorded.</summary>
internal sealed class TypeDefinitionData
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public bool BindFieldsExplicitly { get; set; }

    public bool IsOneOf { get; set; }

    public List<Type> Interfaces { get; } = [];

    public List<MemberDefinition> Fields { get; } = [];

    public List<(object Value, MemberDefinition Definition)> Values { get; } = [];

    public List<DirectiveApplication> Directives { get; } = [];

    public List<string> Locations { get; } = [];

    public bool IsRepeatable { get; set; }

    /// <summary>Set by <see cref="IObjectTypeDescriptor{T}.ImplementsNode"/>.</summary>
    public NodeDefinition? Node { get; set; }

    /// <summary>Rules guarding every field of the type.</summary>
    public List<Authorization.AuthorizationRule> Authorization { get; } = [];
}
