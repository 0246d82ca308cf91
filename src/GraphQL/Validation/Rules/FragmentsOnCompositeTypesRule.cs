using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation.Rules;

/// <summary>Fragments may only condition on objects, interfaces and unions.</summary>
// https://spec.graphql.org/October2021/#sec-Fragments-On-Composite-Types
public sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "FragmentsOnCompositeTypesRule";

    /// <inheritdoc/>
    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
        if (node.TypeCondition is { } typeCondition
            && context.Schema.TypeFromAst(typeCondition) is { } type
            && !type.IsCompositeType())
        {
            context.ReportError(
                $"Fragment cannot condition on non composite type \"{SyntaxPrinter.Print(typeCondition)}\".",
                typeCondition);
        }
    }

    /// <inheritdoc/>
    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node)
    {
        if (context.Schema.TypeFromAst(node.TypeCondition) is { } type && !type.IsCompositeType())
        {
            context.ReportError(
                $"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{SyntaxPrinter.Print(node.TypeCondition)}\".",
                node.TypeCondition);
        }
    }
}
