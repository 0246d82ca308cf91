namespace KtPortal.GraphQL.Language;

/// <summary>
/// Prints syntax trees as GraphQL text, character for character as graphql-js 16 <c>print</c> does:
/// two-space indentation, field arguments wrapped onto their own lines past 80 characters, block
/// strings kept as block strings.
/// </summary>
public static class SyntaxPrinter
{
    [ThreadStatic]
    private static SyntaxWriter? _cached;

    /// <summary>Prints a node and everything below it.</summary>
    /// <param name="node">Any node: a document, a definition, a selection, a value, a type.</param>
    /// <returns>The GraphQL text.</returns>
    public static string Print(ISyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        SyntaxWriter writer = _cached ?? new SyntaxWriter();
        _cached = null;
        try
        {
            writer.WriteNode(node);
            return writer.ToString();
        }
        finally
        {
            if (writer.Reset())
            {
                _cached = writer;
            }
        }
    }
}
