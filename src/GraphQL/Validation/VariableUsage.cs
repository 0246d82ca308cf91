using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation;

/// <summary>A variable reference with the type expected where it is used.</summary>
/// <param name="Node">The variable reference.</param>
/// <param name="Type">The input type expected at that position, or <see langword="null"/> when unknown.</param>
/// <param name="DefaultValue">The default of the argument or input field at that position, if any.</param>
/// <param name="ParentType">The input type enclosing that position (e.g. the input object), or <see langword="null"/>.</param>
public readonly record struct VariableUsage(VariableNode Node, IInputType? Type, IValueNode? DefaultValue, IInputType? ParentType);
