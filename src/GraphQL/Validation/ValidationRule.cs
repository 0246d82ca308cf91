using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation;

/// <summary>
/// A validation rule. The validator walks the document once and calls every rule's <c>Enter…</c> method
/// before a node's children and <c>Leave…</c> after them, rules in registration order. A fresh instance
/// is created for each validation, so rules may keep per-document state in fields.
/// </summary>
/// <remarks>
/// The <see cref="ValidationContext"/> passed to each call exposes the schema, the document, type
/// information for the current node (graphql-js <c>TypeInfo</c>) and error reporting; errors are tagged
/// with <see cref="Name"/>.
/// </remarks>
public abstract class ValidationRule
{
    /// <summary>The graphql-js export name of the rule, e.g. <c>FieldsOnCorrectTypeRule</c>; reported as <c>extensions.rule</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Called when the walk enters the document.</summary>
    public virtual void EnterDocument(ValidationContext context, DocumentNode node)
    {
    }

    /// <summary>Called when the walk leaves the document.</summary>
    public virtual void LeaveDocument(ValidationContext context, DocumentNode node)
    {
    }

    /// <summary>Called when the walk enters an operation.</summary>
    public virtual void EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node)
    {
    }

    /// <summary>Called when the walk leaves an operation.</summary>
    public virtual void LeaveOperationDefinition(ValidationContext context, OperationDefinitionNode node)
    {
    }

    /// <summary>Called when the walk enters a fragment definition.</summary>
    public virtual void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node)
    {
    }

    /// <summary>Called when the walk leaves a fragment definition.</summary>
    public virtual void LeaveFragmentDefinition(ValidationContext context, FragmentDefinitionNode node)
    {
    }

    /// <summary>Called when the walk enters a variable definition.</summary>
    public virtual void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node)
    {
    }

    /// <summary>Called when the walk leaves a variable definition.</summary>
    public virtual void LeaveVariableDefinition(ValidationContext context, VariableDefinitionNode node)
    {
    }

    /// <summary>Called when the walk enters a selection set.</summary>
    public virtual void EnterSelectionSet(ValidationContext context, SelectionSetNode node)
    {
    }

    /// <summary>Called when the walk leaves a selection set.</summary>
    public virtual void LeaveSelectionSet(ValidationContext context, SelectionSetNode node)
    {
    }

    /// <summary>Called when the walk enters a field selection.</summary>
    public virtual void EnterField(ValidationContext context, FieldNode node)
    {
    }

    /// <summary>Called when the walk leaves a field selection.</summary>
    public virtual void LeaveField(ValidationContext context, FieldNode node)
    {
    }

    /// <summary>Called when the walk enters a fragment spread.</summary>
    public virtual void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node)
    {
    }

    /// <summary>Called when the walk leaves a fragment spread.</summary>
    public virtual void LeaveFragmentSpread(ValidationContext context, FragmentSpreadNode node)
    {
    }

    /// <summary>Called when the walk enters an inline fragment.</summary>
    public virtual void EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
    }

    /// <summary>Called when the walk leaves an inline fragment.</summary>
    public virtual void LeaveInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
    }

    /// <summary>Called when the walk enters an argument (of a field or a directive).</summary>
    public virtual void EnterArgument(ValidationContext context, ArgumentNode node)
    {
    }

    /// <summary>Called when the walk leaves an argument.</summary>
    public virtual void LeaveArgument(ValidationContext context, ArgumentNode node)
    {
    }

    /// <summary>Called when the walk enters a directive (in executable or type-system definitions).</summary>
    public virtual void EnterDirective(ValidationContext context, DirectiveNode node)
    {
    }

    /// <summary>Called when the walk leaves a directive.</summary>
    public virtual void LeaveDirective(ValidationContext context, DirectiveNode node)
    {
    }

    /// <summary>Called for a variable reference, including the one a variable definition declares.</summary>
    public virtual void EnterVariable(ValidationContext context, VariableNode node)
    {
    }

    /// <summary>Called when the walk enters a list value.</summary>
    public virtual void EnterListValue(ValidationContext context, ListValueNode node)
    {
    }

    /// <summary>Called when the walk leaves a list value.</summary>
    public virtual void LeaveListValue(ValidationContext context, ListValueNode node)
    {
    }

    /// <summary>Called when the walk enters an input object value.</summary>
    public virtual void EnterObjectValue(ValidationContext context, ObjectValueNode node)
    {
    }

    /// <summary>Called when the walk leaves an input object value.</summary>
    public virtual void LeaveObjectValue(ValidationContext context, ObjectValueNode node)
    {
    }

    /// <summary>Called when the walk enters a field of an input object value.</summary>
    public virtual void EnterObjectField(ValidationContext context, ObjectFieldNode node)
    {
    }

    /// <summary>Called when the walk leaves a field of an input object value.</summary>
    public virtual void LeaveObjectField(ValidationContext context, ObjectFieldNode node)
    {
    }

    /// <summary>Called for a scalar literal: Int, Float, String, Boolean, Null or Enum value.</summary>
    public virtual void EnterScalarValue(ValidationContext context, IValueNode node)
    {
    }

    /// <summary>Called for a named type reference.</summary>
    public virtual void EnterNamedType(ValidationContext context, NamedTypeNode node)
    {
    }

    /// <summary>
    /// Called when the walk enters a type-system node (schema, type, directive definitions and extensions,
    /// field, argument, input field, enum value and operation type definitions). Executable documents
    /// should not contain these; rules that still check them (e.g. directives) use this hook.
    /// </summary>
    public virtual void EnterTypeSystemNode(ValidationContext context, ISyntaxNode node)
    {
    }

    /// <summary>Called when the walk leaves a type-system node.</summary>
    public virtual void LeaveTypeSystemNode(ValidationContext context, ISyntaxNode node)
    {
    }
}
