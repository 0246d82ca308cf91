using System.Collections;
using System.Globalization;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Tests.Language;

// The snapshots list every node of the kitchen sinks as graphql-js 16.15.0 locates it:
// kind, loc.start-loc.end, and the start token's line:column.
public sealed class ParserLocationTests
{
    [Theory]
    [InlineData("kitchen-sink")]
    [InlineData("schema-kitchen-sink")]
    public void Parse_KitchenSink_LocatesEveryNodeAsGraphQLJs(string name)
    {
        DocumentNode document = Utf8GraphQLParser.Parse(LanguageTestFiles.Read($"Files/{name}.graphql"));

        var nodes = new List<string>();
        Collect(document, nodes);
        nodes.Sort(StringComparer.Ordinal);

        string expected = LanguageTestFiles.Read($"__snapshots__/{name}.locations.txt");
        Assert.Equal(expected, string.Join("\n", nodes) + "\n");
    }

    private static void Collect(ISyntaxNode node, List<string> output)
    {
        Location location = node.Location ?? throw new InvalidOperationException($"{node.Kind} has no location.");
        output.Add(string.Create(CultureInfo.InvariantCulture, $"{node.Kind} {location.Start}-{location.End} {location.Line}:{location.Column}"));
        foreach (var property in node.GetType().GetProperties())
        {
            if (property.Name is nameof(ISyntaxNode.Location) || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            switch (property.GetValue(node))
            {
                case ISyntaxNode child:
                    Collect(child, output);
                    break;
                case IEnumerable children and not string:
                    foreach (ISyntaxNode item in children.OfType<ISyntaxNode>())
                    {
                        Collect(item, output);
                    }

                    break;
            }
        }
    }
}
