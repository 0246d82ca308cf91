using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>An argument of a field or directive.</summary>
// https://spec.graphql.org/October2021/#ArgumentsDefinition
public sealed class Argument : InputValueDefinition
{
    internal Argument(string name, string? description, string? deprecationReason, IValueNode? defaultValue, InputValueDefinitionNode? syntaxNode)
        : base(name, description, deprecationReason, defaultValue, syntaxNode)
    {
    }

    /// <summary>Creates a complete argument.</summary>
    public Argument(string name, IInputType type, IValueNode? defaultValue = null, string? description = null, string? deprecationReason = null)
        : base(name, type, defaultValue, description, deprecationReason)
    {
    }
}
