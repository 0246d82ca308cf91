using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types.CodeFirst;

/// <summary>An argument, input field or directive argument as code-first definitions describe it.</summary>
internal sealed class ArgumentModel(string name, string origin)
{
    public string Name { get; set; } = name;

    public string Origin { get; } = origin;

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public ITypeNode? Type { get; set; }

    public IValueNode? DefaultValue { get; set; }

    public List<DirectiveNode> Directives { get; } = [];

    public bool IsIgnored { get; set; }
}
