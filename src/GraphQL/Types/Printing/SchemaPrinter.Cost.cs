using System.Text;
using KtPortal.GraphQL.CostAnalysis;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

public static partial class SchemaPrinter
{
    // Applied @cost and @listSize are part of the contract clients price their requests by, so the SDL shows
    // them where they are applied; graphql-js prints no applied directives besides the specified ones.
    // https://ibm.github.io/graphql-specs/cost-spec.html
    private static void AppendCostDirectives(StringBuilder builder, IHasDirectives? node)
    {
        if (node is null)
        {
            return;
        }

        foreach (var directive in node.Directives)
        {
            if (CostDirectives.IsCostDirective(directive.Name.Value))
            {
                builder.Append(' ').Append(SyntaxPrinter.Print(directive));
            }
        }
    }

    private static void AppendCostDirectives(StringBuilder builder, INamedType type)
    {
        AppendCostDirectives(builder, type.SyntaxNode);
        foreach (var extension in type.ExtensionSyntaxNodes)
        {
            AppendCostDirectives(builder, extension);
        }
    }
}
