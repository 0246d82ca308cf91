using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation.Rules;

/// <summary>A fragment may only be spread where its type can apply.</summary>
// https://spec.graphql.org/October2021/#sec-Fragment-spread-is-possible
public sealed class PossibleFragmentSpreadsRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "PossibleFragmentSpreadsRule";

    /// <inheritdoc/>
    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
        if (context.Type is ICompositeType fragmentType
            && context.ParentType is { } parentType
            && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType))
        {
            context.ReportError(
                $"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".",
                node);
        }
    }

    /// <inheritdoc/>
    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node)
    {
        var fragmentName = node.Name.Value;
        if (context.GetFragment(fragmentName) is { } fragment
            && context.Schema.TypeFromAst(fragment.TypeCondition) is ICompositeType fragmentType
            && context.ParentType is { } parentType
            && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType))
        {
            context.ReportError(
                $"Fragment \"{fragmentName}\" cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".",
                node);
        }
    }
}
