using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types.CodeFirst;

/// <summary>An output field as code-first definitions describe it, before it becomes SDL.</summary>
internal sealed class FieldModel(string name, string origin)
{
    public string Name { get; set; } = name;

    public string Origin { get; } = origin;

    /// <summary>The property or method behind the field, or <see langword="null"/> for fields added by name.</summary>
    public System.Reflection.MemberInfo? Member { get; set; }

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public ITypeNode? Type { get; set; }

    public List<ArgumentModel> Arguments { get; } = [];

    public List<DirectiveNode> Directives { get; } = [];

    public FieldResolverDelegate? Resolver { get; set; }

    /// <summary>The resolver compiled for a property or field of the parent; the field is a pure read while it is still <see cref="Resolver"/>.</summary>
    public FieldResolverDelegate? MemberReader { get; set; }

    public SubscribeResolverDelegate? SubscribeResolver { get; set; }

    public bool IsParallelExecutable { get; set; } = true;

    public bool IsIgnored { get; set; }

    /// <summary>Middleware around the resolver, outermost first.</summary>
    public List<FieldMiddleware> Middleware { get; } = [];

    /// <summary>The batch forms of middleware in <see cref="Middleware"/>, by the middleware.</summary>
    public Dictionary<FieldMiddleware, BatchFieldMiddleware> BatchMiddleware { get; } = [];

    public Dictionary<string, object?> ContextData { get; } = new(StringComparer.Ordinal);

    /// <summary>Rules checked before the resolver runs.</summary>
    public List<Authorization.AuthorizationRule> Authorization { get; } = [];
}
