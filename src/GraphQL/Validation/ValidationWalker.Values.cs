using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation;

internal sealed partial class ValidationWalker
{
    private void VisitValue(IValueNode node)
    {
        switch (node)
        {
            case VariableNode variable:
                VisitVariable(variable);
                break;
            case ListValueNode list:
                VisitListValue(list);
                break;
            case ObjectValueNode obj:
                VisitObjectValue(obj);
                break;
            case EnumValueNode enumValue:
                _context.EnterEnumValueType(enumValue);
                VisitScalarValue(node);
                _context.LeaveEnumValueType();
                break;
            default:
                VisitScalarValue(node);
                break;
        }
    }

    private void VisitScalarValue(IValueNode node)
    {
        foreach (var index in _hooks[(int)RuleHook.EnterScalarValue])
        {
            var rule = _rules[index];
            _context.CurrentRuleName = rule.Name;
            rule.EnterScalarValue(_context, node);
        }
    }

    private void VisitListValue(ListValueNode node)
    {
        _context.EnterListValueType();
        foreach (var index in _hooks[(int)RuleHook.EnterListValue])
        {
            var rule = _rules[index];
            _context.CurrentRuleName = rule.Name;
            rule.EnterListValue(_context, node);
        }

        _context.PushAncestor(node);
        foreach (var item in node.Values)
        {
            VisitValue(item);
        }

        _context.PopAncestor();
        foreach (var index in _hooks[(int)RuleHook.LeaveListValue])
        {
            var rule = _rules[index];
            _context.CurrentRuleName = rule.Name;
            rule.LeaveListValue(_context, node);
        }

        _context.LeaveInputValueType();
    }

    private void VisitObjectValue(ObjectValueNode node)
    {
        foreach (var index in _hooks[(int)RuleHook.EnterObjectValue])
        {
            var rule = _rules[index];
            _context.CurrentRuleName = rule.Name;
            rule.EnterObjectValue(_context, node);
        }

        _context.PushAncestor(node);
        foreach (var field in node.Fields)
        {
            _context.EnterObjectFieldType(field);
            foreach (var index in _hooks[(int)RuleHook.EnterObjectField])
            {
                var rule = _rules[index];
                _context.CurrentRuleName = rule.Name;
                rule.EnterObjectField(_context, field);
            }

            _context.PushAncestor(field);
            VisitValue(field.Value);
            _context.PopAncestor();
            foreach (var index in _hooks[(int)RuleHook.LeaveObjectField])
            {
                var rule = _rules[index];
                _context.CurrentRuleName = rule.Name;
                rule.LeaveObjectField(_context, field);
            }

            _context.LeaveInputValueType();
        }

        _context.PopAncestor();
        foreach (var index in _hooks[(int)RuleHook.LeaveObjectValue])
        {
            var rule = _rules[index];
            _context.CurrentRuleName = rule.Name;
            rule.LeaveObjectValue(_context, node);
        }
    }
}
