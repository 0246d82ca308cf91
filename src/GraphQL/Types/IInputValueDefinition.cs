using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>An argument or an input field: a typed input value with an optional default.</summary>
public interface IInputValueDefinition : IField
{
    /// <summary>The input type.</summary>
    IInputType Type { get; }

    /// <summary>The default value as a literal, or <see langword="null"/> when there is none or it does not coerce to the type.</summary>
    IValueNode? DefaultValue { get; }

    /// <summary>The definition node, or <see langword="null"/> for built-in or code-first members.</summary>
    InputValueDefinitionNode? SyntaxNode { get; }
}
