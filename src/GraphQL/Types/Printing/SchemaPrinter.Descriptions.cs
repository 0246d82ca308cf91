using System.Text;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

public static partial class SchemaPrinter
{
    // A description is a block string when that keeps it intact, otherwise an escaped string.
    // https://spec.graphql.org/October2021/#Description
    private static void AppendDescription(StringBuilder builder, string? description, string indentation, bool firstInBlock)
    {
        if (description is null)
        {
            return;
        }

        var literal = BlockStringHelper.IsPrintableAsBlockString(description)
            ? BlockStringHelper.Print(description)
            : PrintString(description);
        if (indentation.Length > 0 && !firstInBlock)
        {
            builder.Append('\n');
        }

        builder.Append(indentation);
        builder.Append(indentation.Length == 0 ? literal : literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal));
        builder.Append('\n');
    }

    // The default reason is implied by a bare @deprecated.
    // https://spec.graphql.org/October2021/#sec--deprecated
    private static void AppendDeprecated(StringBuilder builder, string? reason)
    {
        if (reason is null)
        {
            return;
        }

        builder.Append(" @deprecated");
        if (reason != SpecifiedDirectives.DefaultDeprecationReason)
        {
            builder.Append("(reason: ").Append(PrintString(reason)).Append(')');
        }
    }

    // https://spec.graphql.org/October2021/#sec--specifiedBy
    private static void AppendSpecifiedBy(StringBuilder builder, string? url)
    {
        if (url is not null)
        {
            builder.Append(" @specifiedBy(url: ").Append(PrintString(url)).Append(')');
        }
    }

    private static string PrintString(string value) => SyntaxPrinter.Print(new StringValueNode(null, value, false));
}
