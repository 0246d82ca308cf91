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
        foreach (var index in _hooks[(int)RuleHook.EnterDocument])
        {
            var rule = _rules[index];
            _context.CurrentRuleName = rule.Name;
            rule.EnterDocument(_context, document);
        }

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
        foreach (var index in _hooks[(int)RuleHook.LeaveDocument])
        {
            var rule = _rules[index];
            _context.CurrentRuleName = rule.Name;
            rule.LeaveDocument(_context, document);
        }
    }

    private void VisitOperation(OperationDefinitionNode node)
    {
        _context.EnterOperationType(node);
        foreach (var index in _hooks[(int)RuleHook.EnterOperationDefinition])
        {
            var rule = _rules[index];
            _context.CurrentRuleName = rule.Name;
            rule.EnterOperationDefinition(_context, node);
        }

        _context.PushAncestor(node);
        foreach (var variableDefinition in node.VariableDefinitions)
        {
            VisitVariableDefinition(variableDefinition);
        }

        VisitDirectives(node.Directives);
        VisitSelectionSet(node.SelectionSet);
        _context.PopAncestor();
        foreach (var index in _hooks[(int)RuleHook.LeaveOperationDefinition])
        {
            var rule = _rules[index];
            _context.CurrentRuleName = rule.Name;
            rule.LeaveOperationDefinition(_context, node);
        }

        _context.LeaveOutputType();
    }

    private void VisitFragmentDefinition(FragmentDefinitionNode node)
    {
        _context.EnterFragmentType(node.TypeCondition);
        foreach (var index in _hooks[(int)RuleHook.EnterFragmentDefinition])
        {
            var rule = _rules[index];
            _context.CurrentRuleName = rule.Name;
            rule.EnterFragmentDefinition(_context, node);
        }

        _context.PushAncestor(node);
        VisitNamedType(node.TypeCondition);
        VisitDirectives(node.Directives);
        VisitSelectionSet(node.SelectionSet);
        _context.PopAncestor();
        foreach (var index in _hooks[(int)RuleHook.LeaveFragmentDefinition])
        {
            var rule = _rules[index];
            _context.CurrentRuleName = rule.Name;
            rule.LeaveFragmentDefinition(_context, node);
        }

        _context.LeaveOutputType();
    }

    private void VisitVariableDefinition(VariableDefinitionNode node)
    {
        _context.EnterVariableDefinitionType(node);
        foreach (var index in _hooks[(int)RuleHook.EnterVariableDefinition])
        {
            var rule = _rules[index];
            _context.CurrentRuleName = rule.Name;
            rule.EnterVariableDefinition(_context, node);
        }

        _context.PushAncestor(node);
        VisitVariable(node.Variable);
        VisitTypeReference(node.Type);
        if (node.DefaultValue is not null)
        {
            VisitValue(node.DefaultValue);
        }

        VisitDirectives(node.Directives);
        _context.PopAncestor();
        foreach (var index in _hooks[(int)RuleHook.LeaveVariableDefinition])
        {
            var rule = _rules[index];
            _context.CurrentRuleName = rule.Name;
            rule.LeaveVariableDefinition(_context, node);
        }

        _context.LeaveInputType();
    }

    private void VisitSelectionSet(SelectionSetNode node)
    {
        _context.EnterSelectionSetType();
        foreach (var index in _hooks[(int)RuleHook.EnterSelectionSet])
        {
            var rule = _rules[index];
            _context.CurrentRuleName = rule.Name;
            rule.EnterSelectionSet(_context, node);
        }

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
        foreach (var index in _hooks[(int)RuleHook.LeaveSelectionSet])
        {
            var rule = _rules[index];
            _context.CurrentRuleName = rule.Name;
            rule.LeaveSelectionSet(_context, node);
        }

        _context.LeaveSelectionSetType();
    }

    private void VisitField(FieldNode node)
    {
        _context.EnterFieldType(node);
        foreach (var index in _hooks[(int)RuleHook.EnterField])
        {
            var rule = _rules[index];
            _context.CurrentRuleName = rule.Name;
            rule.EnterField(_context, node);
        }

        _context.PushAncestor(node);
        VisitArguments(node.Arguments);
        VisitDirectives(node.Directives);
        if (node.SelectionSet is not null)
        {
            VisitSelectionSet(node.SelectionSet);
        }

        _context.PopAncestor();
        foreach (var index in _hooks[(int)RuleHook.LeaveField])
        {
            var rule = _rules[index];
            _context.CurrentRuleName = rule.Name;
            rule.LeaveField(_context, node);
        }

        _context.LeaveFieldType();
    }

    private void VisitFragmentSpread(FragmentSpreadNode node)
    {
        foreach (var index in _hooks[(int)RuleHook.EnterFragmentSpread])
        {
            var rule = _rules[index];
            _context.CurrentRuleName = rule.Name;
            rule.EnterFragmentSpread(_context, node);
        }

        _context.PushAncestor(node);
        VisitDirectives(node.Directives);
        _context.PopAncestor();
        foreach (var index in _hooks[(int)RuleHook.LeaveFragmentSpread])
        {
            var rule = _rules[index];
            _context.CurrentRuleName = rule.Name;
            rule.LeaveFragmentSpread(_context, node);
        }
    }

    private void VisitInlineFragment(InlineFragmentNode node)
    {
        _context.EnterFragmentType(node.TypeCondition);
        foreach (var index in _hooks[(int)RuleHook.EnterInlineFragment])
        {
            var rule = _rules[index];
            _context.CurrentRuleName = rule.Name;
            rule.EnterInlineFragment(_context, node);
        }

        _context.PushAncestor(node);
        if (node.TypeCondition is not null)
        {
            VisitNamedType(node.TypeCondition);
        }

        VisitDirectives(node.Directives);
        VisitSelectionSet(node.SelectionSet);
        _context.PopAncestor();
        foreach (var index in _hooks[(int)RuleHook.LeaveInlineFragment])
        {
            var rule = _rules[index];
            _context.CurrentRuleName = rule.Name;
            rule.LeaveInlineFragment(_context, node);
        }

        _context.LeaveOutputType();
    }

    private void VisitArguments(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var argument in arguments)
        {
            _context.EnterArgumentType(argument);
            foreach (var index in _hooks[(int)RuleHook.EnterArgument])
            {
                var rule = _rules[index];
                _context.CurrentRuleName = rule.Name;
                rule.EnterArgument(_context, argument);
            }

            _context.PushAncestor(argument);
            VisitValue(argument.Value);
            _context.PopAncestor();
            foreach (var index in _hooks[(int)RuleHook.LeaveArgument])
            {
                var rule = _rules[index];
                _context.CurrentRuleName = rule.Name;
                rule.LeaveArgument(_context, argument);
            }

            _context.LeaveArgumentType();
        }
    }

    private void VisitDirectives(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            _context.EnterDirectiveType(directive);
            foreach (var index in _hooks[(int)RuleHook.EnterDirective])
            {
                var rule = _rules[index];
                _context.CurrentRuleName = rule.Name;
                rule.EnterDirective(_context, directive);
            }

            _context.PushAncestor(directive);
            VisitArguments(directive.Arguments);
            _context.PopAncestor();
            foreach (var index in _hooks[(int)RuleHook.LeaveDirective])
            {
                var rule = _rules[index];
                _context.CurrentRuleName = rule.Name;
                rule.LeaveDirective(_context, directive);
            }

            _context.LeaveDirectiveType();
        }
    }

    private void VisitVariable(VariableNode node)
    {
        foreach (var index in _hooks[(int)RuleHook.EnterVariable])
        {
            var rule = _rules[index];
            _context.CurrentRuleName = rule.Name;
            rule.EnterVariable(_context, node);
        }
    }

    private void VisitNamedType(NamedTypeNode node)
    {
        foreach (var index in _hooks[(int)RuleHook.EnterNamedType])
        {
            var rule = _rules[index];
            _context.CurrentRuleName = rule.Name;
            rule.EnterNamedType(_context, node);
        }
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
}
