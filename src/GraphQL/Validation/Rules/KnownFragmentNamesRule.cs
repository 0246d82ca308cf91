using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation.Rules;

/// <summary>Spread fragments must be defined in the document.</summary>
// https://spec.graphql.org/October2021/#sec-Fragment-spread-target-defined
public sealed class KnownFragmentNamesRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "KnownFragmentNamesRule";

    /// <inheritdoc/>
    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node)
    {
        if (context.GetFragment(node.Name.Value) is null)
        {
            context.ReportError($"Unknown fragment \"{node.Name.Value}\".", node.Name);
        }
    }
}
