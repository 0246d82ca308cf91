using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation.Rules;

/// <summary>Selected fields must be defined on the type they are selected on.</summary>
// https://spec.graphql.org/October2021/#sec-Field-Selections
public sealed class FieldsOnCorrectTypeRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "FieldsOnCorrectTypeRule";

    /// <inheritdoc/>
    public override void EnterField(ValidationContext context, FieldNode node)
    {
        if (context.ParentType is not { } parentType || context.FieldDefinition is not null)
        {
            return;
        }

        var fieldName = node.Name.Value;
        var suggestion = Suggestions.DidYouMean(
            "to use an inline fragment on",
            context.HideSuggestions ? [] : SuggestedTypeNames(context.Schema, parentType, fieldName));
        if (suggestion.Length == 0)
        {
            suggestion = Suggestions.DidYouMean(
                context.HideSuggestions ? [] : SuggestedFieldNames(parentType, fieldName));
        }

        context.ReportError($"Cannot query field \"{fieldName}\" on type \"{parentType.Name}\"." + suggestion, node);
    }

    // Types that define the field, most used first, then interfaces before their implementations.
    private static List<string> SuggestedTypeNames(Schema schema, ICompositeType type, string fieldName)
    {
        if (type is not IAbstractType abstractType)
        {
            return [];
        }

        var suggested = new List<ICompositeType>();
        var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possibleType in schema.GetPossibleTypes(abstractType))
        {
            if (!possibleType.Fields.ContainsField(fieldName))
            {
                continue;
            }

            if (!usageCount.ContainsKey(possibleType.Name))
            {
                suggested.Add(possibleType);
            }

            usageCount[possibleType.Name] = 1;
            foreach (var possibleInterface in possibleType.Interfaces)
            {
                if (!possibleInterface.Fields.ContainsField(fieldName))
                {
                    continue;
                }

                if (!usageCount.TryGetValue(possibleInterface.Name, out var count))
                {
                    suggested.Add(possibleInterface);
                }

                usageCount[possibleInterface.Name] = count + 1;
            }
        }

        var sorted = new List<ICompositeType>(suggested);
        JsArraySort.Sort(sorted, (typeA, typeB) =>
        {
            var usageCountDiff = usageCount[typeB.Name] - usageCount[typeA.Name];
            if (usageCountDiff != 0)
            {
                return usageCountDiff;
            }

            if (typeA is InterfaceType interfaceA && schema.IsSubType(interfaceA, typeB))
            {
                return -1;
            }

            if (typeB is InterfaceType interfaceB && schema.IsSubType(interfaceB, typeA))
            {
                return 1;
            }

            return Suggestions.NaturalCompare(typeA.Name, typeB.Name);
        });

        var names = new List<string>(sorted.Count);
        foreach (var suggestedType in sorted)
        {
            names.Add(suggestedType.Name);
        }

        return names;
    }

    private static IReadOnlyList<string> SuggestedFieldNames(ICompositeType type, string fieldName)
    {
        if (type is not IComplexOutputType complex)
        {
            return [];
        }

        var names = new string[complex.Fields.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = complex.Fields[i].Name;
        }

        return Suggestions.SuggestionList(fieldName, names);
    }
}
