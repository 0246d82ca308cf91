using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>A directive definition.</summary>
// https://spec.graphql.org/October2021/#sec-Type-System.Directives
public sealed class DirectiveDefinition
{
    private readonly ulong _locationMask;

    internal DirectiveDefinition(
        string name,
        string? description,
        bool isRepeatable,
        IReadOnlyList<DirectiveLocation> locations,
        string? deprecationReason,
        DirectiveDefinitionNode? syntaxNode)
    {
        Name = name;
        Description = description;
        IsRepeatable = isRepeatable;
        Locations = locations;
        DeprecationReason = deprecationReason;
        SyntaxNode = syntaxNode;
        foreach (var location in locations)
        {
            _locationMask |= 1UL << (int)location;
        }
    }

    /// <summary>Creates a complete directive definition.</summary>
    public DirectiveDefinition(
        string name,
        IReadOnlyList<DirectiveLocation> locations,
        IEnumerable<Argument>? arguments = null,
        bool isRepeatable = false,
        string? description = null,
        string? deprecationReason = null)
        : this(name, description, isRepeatable, locations, deprecationReason, null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Arguments = arguments is null ? FieldCollection<Argument>.Empty : new FieldCollection<Argument>(arguments);
    }

    /// <summary>The directive name, without <c>@</c>.</summary>
    public string Name { get; }

    /// <summary>The description, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>Whether the directive may appear more than once at one location.</summary>
    public bool IsRepeatable { get; }

    /// <summary>The locations, in definition order.</summary>
    public IReadOnlyList<DirectiveLocation> Locations { get; }

    /// <summary>The arguments, in definition order.</summary>
    public FieldCollection<Argument> Arguments { get; private set; } = FieldCollection<Argument>.Empty;

    /// <summary>The deprecation reason, or <see langword="null"/>.</summary>
    public string? DeprecationReason { get; }

    /// <summary>Whether the directive is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The definition node, or <see langword="null"/> for built-in directives.</summary>
    public DirectiveDefinitionNode? SyntaxNode { get; }

    /// <summary>Whether the directive may appear at <paramref name="location"/>.</summary>
    public bool HasLocation(DirectiveLocation location) => (_locationMask & (1UL << (int)location)) != 0;

    internal void Complete(FieldCollection<Argument> arguments) => Arguments = arguments;

    /// <inheritdoc/>
    public override string ToString() => "@" + Name;
}
