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
        Call(RuleHook.EnterScalarValue, node, static (rule, context, node) => rule.EnterScalarValue(context, node));
    }

    private void VisitListValue(ListValueNode node)
    {
        _context.EnterListValueType();
        Call(RuleHook.EnterListValue, node, static (rule, context, node) => rule.EnterListValue(context, node));

        _context.PushAncestor(node);
        foreach (var item in node.Values)
        {
            VisitValue(item);
        }

        _context.PopAncestor();
        Call(RuleHook.LeaveListValue, node, static (rule, context, node) => rule.LeaveListValue(context, node));

        _context.LeaveInputValueType();
    }

    private void VisitObjectValue(ObjectValueNode node)
    {
        Call(RuleHook.EnterObjectValue, node, static (rule, context, node) => rule.EnterObjectValue(context, node));

        _context.PushAncestor(node);
        foreach (var field in node.Fields)
        {
            _context.EnterObjectFieldType(field);
            Call(RuleHook.EnterObjectField, field, static (rule, context, node) => rule.EnterObjectField(context, node));

            _context.PushAncestor(field);
            VisitValue(field.Value);
            _context.PopAncestor();
            Call(RuleHook.LeaveObjectField, field, static (rule, context, node) => rule.LeaveObjectField(context, node));

            _context.LeaveInputValueType();
        }

        _context.PopAncestor();
        Call(RuleHook.LeaveObjectValue, node, static (rule, context, node) => rule.LeaveObjectValue(context, node));
    }
}
