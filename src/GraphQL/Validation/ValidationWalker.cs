using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation;

/// <summary>
/// Walks a document once in graphql-js visiting order, keeps the context's type information current,
/// and calls every rule for every node (graphql-js <c>visitInParallel</c> with <c>visitWithTypeInfo</c>).
/// </summary>
internal sealed partial class ValidationWalker
{
    private readonly ValidationRule[] _rules;
    private readonly int[][] _hooks;
    private readonly ValidationContext _context;

    /// <param name="rules">The rules, in the order they are called.</param>
    /// <param name="hooks">For each <see cref="RuleHook"/>, the indexes of the rules that override it.</param>
    /// <param name="context">The context shared by all rules.</param>
    public ValidationWalker(ValidationRule[] rules, int[][] hooks, ValidationContext context)
    {
        _rules = rules;
        _hooks = hooks;
        _context = context;
    }

    public void Walk(DocumentNode document)
    {
        Call(RuleHook.EnterDocument, document, static (rule, context, node) => rule.EnterDocument(context, node));

        _context.PushAncestor(document);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode operation:
                    VisitOperation(operation);
                    break;
                case FragmentDefinitionNode fragment:
                    VisitFragmentDefinition(fragment);
                    break;
                default:
                    VisitTypeSystemNode(definition);
                    break;
            }
        }

        _context.PopAncestor();
        Call(RuleHook.LeaveDocument, document, static (rule, context, node) => rule.LeaveDocument(context, node));
    }

    private void VisitOperation(OperationDefinitionNode node)
    {
        _context.EnterOperationType(node);
        Call(RuleHook.EnterOperationDefinition, node, static (rule, context, node) => rule.EnterOperationDefinition(context, node));

        _context.PushAncestor(node);
        foreach (var variableDefinition in node.VariableDefinitions)
        {
            VisitVariableDefinition(variableDefinition);
        }

        VisitDirectives(node.Directives);
        VisitSelectionSet(node.SelectionSet);
        _context.PopAncestor();
        Call(RuleHook.LeaveOperationDefinition, node, static (rule, context, node) => rule.LeaveOperationDefinition(context, node));

        _context.LeaveOutputType();
    }

    private void VisitFragmentDefinition(FragmentDefinitionNode node)
    {
        _context.EnterFragmentType(node.TypeCondition);
        Call(RuleHook.EnterFragmentDefinition, node, static (rule, context, node) => rule.EnterFragmentDefinition(context, node));

        _context.PushAncestor(node);
        VisitNamedType(node.TypeCondition);
        VisitDirectives(node.Directives);
        VisitSelectionSet(node.SelectionSet);
        _context.PopAncestor();
        Call(RuleHook.LeaveFragmentDefinition, node, static (rule, context, node) => rule.LeaveFragmentDefinition(context, node));

        _context.LeaveOutputType();
    }

    private void VisitVariableDefinition(VariableDefinitionNode node)
    {
        _context.EnterVariableDefinitionType(node);
        Call(RuleHook.EnterVariableDefinition, node, static (rule, context, node) => rule.EnterVariableDefinition(context, node));

        _context.PushAncestor(node);
        VisitVariable(node.Variable);
        VisitTypeReference(node.Type);
        if (node.DefaultValue is not null)
        {
            VisitValue(node.DefaultValue);
        }

        VisitDirectives(node.Directives);
        _context.PopAncestor();
        Call(RuleHook.LeaveVariableDefinition, node, static (rule, context, node) => rule.LeaveVariableDefinition(context, node));

        _context.LeaveInputType();
    }

    private void VisitSelectionSet(SelectionSetNode node)
    {
        _context.EnterSelectionSetType();
        Call(RuleHook.EnterSelectionSet, node, static (rule, context, node) => rule.EnterSelectionSet(context, node));

        _context.PushAncestor(node);
        foreach (var selection in node.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    VisitField(field);
                    break;
                case FragmentSpreadNode spread:
                    VisitFragmentSpread(spread);
                    break;
                case InlineFragmentNode inline:
                    VisitInlineFragment(inline);
                    break;
            }
        }

        _context.PopAncestor();
        Call(RuleHook.LeaveSelectionSet, node, static (rule, context, node) => rule.LeaveSelectionSet(context, node));

        _context.LeaveSelectionSetType();
    }

    private void VisitField(FieldNode node)
    {
        _context.EnterFieldType(node);
        Call(RuleHook.EnterField, node, static (rule, context, node) => rule.EnterField(context, node));

        _context.PushAncestor(node);
        VisitArguments(node.Arguments);
        VisitDirectives(node.Directives);
        if (node.SelectionSet is not null)
        {
            VisitSelectionSet(node.SelectionSet);
        }

        _context.PopAncestor();
        Call(RuleHook.LeaveField, node, static (rule, context, node) => rule.LeaveField(context, node));

        _context.LeaveFieldType();
    }

    private void VisitFragmentSpread(FragmentSpreadNode node)
    {
        Call(RuleHook.EnterFragmentSpread, node, static (rule, context, node) => rule.EnterFragmentSpread(context, node));

        _context.PushAncestor(node);
        VisitDirectives(node.Directives);
        _context.PopAncestor();
        Call(RuleHook.LeaveFragmentSpread, node, static (rule, context, node) => rule.LeaveFragmentSpread(context, node));
    }

    private void VisitInlineFragment(InlineFragmentNode node)
    {
        _context.EnterFragmentType(node.TypeCondition);
        Call(RuleHook.EnterInlineFragment, node, static (rule, context, node) => rule.EnterInlineFragment(context, node));

        _context.PushAncestor(node);
        if (node.TypeCondition is not null)
        {
            VisitNamedType(node.TypeCondition);
        }

        VisitDirectives(node.Directives);
        VisitSelectionSet(node.SelectionSet);
        _context.PopAncestor();
        Call(RuleHook.LeaveInlineFragment, node, static (rule, context, node) => rule.LeaveInlineFragment(context, node));

        _context.LeaveOutputType();
    }

    private void VisitArguments(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var argument in arguments)
        {
            _context.EnterArgumentType(argument);
            Call(RuleHook.EnterArgument, argument, static (rule, context, node) => rule.EnterArgument(context, node));

            _context.PushAncestor(argument);
            VisitValue(argument.Value);
            _context.PopAncestor();
            Call(RuleHook.LeaveArgument, argument, static (rule, context, node) => rule.LeaveArgument(context, node));

            _context.LeaveArgumentType();
        }
    }

    private void VisitDirectives(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            _context.EnterDirectiveType(directive);
            Call(RuleHook.EnterDirective, directive, static (rule, context, node) => rule.EnterDirective(context, node));

            _context.PushAncestor(directive);
            VisitArguments(directive.Arguments);
            _context.PopAncestor();
            Call(RuleHook.LeaveDirective, directive, static (rule, context, node) => rule.LeaveDirective(context, node));

            _context.LeaveDirectiveType();
        }
    }

    private void VisitVariable(VariableNode node)
    {
        Call(RuleHook.EnterVariable, node, static (rule, context, node) => rule.EnterVariable(context, node));
    }

    private void VisitNamedType(NamedTypeNode node)
    {
        Call(RuleHook.EnterNamedType, node, static (rule, context, node) => rule.EnterNamedType(context, node));
    }

    private void VisitTypeReference(ITypeNode node)
    {
        switch (node)
        {
            case NamedTypeNode named:
                VisitNamedType(named);
                break;
            case ListTypeNode list:
                _context.PushAncestor(list);
                VisitTypeReference(list.Type);
                _context.PopAncestor();
                break;
            case NonNullTypeNode nonNull:
                _context.PushAncestor(nonNull);
                VisitTypeReference(nonNull.Type);
                _context.PopAncestor();
                break;
        }
    }

    // Calls, in registration order, every rule that overrides the hook. The static lambdas are cached by the
    // compiler, so a call allocates nothing.
    private void Call<TNode>(RuleHook hook, TNode node, Action<ValidationRule, ValidationContext, TNode> call)
    {
        foreach (var index in _hooks[(int)hook])
        {
            var rule = _rules[index];
            _context.CurrentRuleName = rule.Name;
            call(rule, _context, node);
        }
    }
}
