using System.Collections.Concurrent;

namespace KtPortal.GraphQL.Validation;

/// <summary>The visitor methods of <see cref="ValidationRule"/>; the walker calls a rule only for those it overrides.</summary>
internal enum RuleHook
{
    EnterDocument,
    LeaveDocument,
    EnterOperationDefinition,
    LeaveOperationDefinition,
    EnterFragmentDefinition,
    LeaveFragmentDefinition,
    EnterVariableDefinition,
    LeaveVariableDefinition,
    EnterSelectionSet,
    LeaveSelectionSet,
    EnterField,
    LeaveField,
    EnterFragmentSpread,
    LeaveFragmentSpread,
    EnterInlineFragment,
    LeaveInlineFragment,
    EnterArgument,
    LeaveArgument,
    EnterDirective,
    LeaveDirective,
    EnterVariable,
    EnterListValue,
    LeaveListValue,
    EnterObjectValue,
    LeaveObjectValue,
    EnterObjectField,
    LeaveObjectField,
    EnterScalarValue,
    EnterNamedType,
    EnterTypeSystemNode,
    LeaveTypeSystemNode,
}

/// <summary>Finds, once per rule type, which visitor methods it overrides.</summary>
internal static class RuleHooks
{
    private static readonly int HookCount = Enum.GetValues<RuleHook>().Length;
    private static readonly ConcurrentDictionary<Type, bool[]> Overrides = new();

    /// <summary>For each hook, the indexes of the rules (in order) that override it.</summary>
    public static int[][] Build(IReadOnlyList<ValidationRule> rules)
    {
        var lists = new List<int>[HookCount];
        for (var hook = 0; hook < HookCount; hook++)
        {
            lists[hook] = [];
        }

        for (var index = 0; index < rules.Count; index++)
        {
            var overrides = Overrides.GetOrAdd(rules[index].GetType(), Find);
            for (var hook = 0; hook < HookCount; hook++)
            {
                if (overrides[hook])
                {
                    lists[hook].Add(index);
                }
            }
        }

        var result = new int[HookCount][];
        for (var hook = 0; hook < HookCount; hook++)
        {
            result[hook] = [.. lists[hook]];
        }

        return result;
    }

    private static bool[] Find(Type ruleType)
    {
        var overrides = new bool[HookCount];
        for (var hook = 0; hook < HookCount; hook++)
        {
            var method = ruleType.GetMethod(((RuleHook)hook).ToString());
            overrides[hook] = method is not null && method.DeclaringType != typeof(ValidationRule);
        }

        return overrides;
    }
}
