using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Tests.Language;

public sealed class RoundTripTests
{
    public static TheoryData<string> Documents => new()
    {
        "Files/kitchen-sink.graphql",
        "Files/schema-kitchen-sink.graphql",
        "Fuzz/Seeds/operations.graphql",
        "Fuzz/Seeds/schema.graphql",
        "Fuzz/Seeds/strings.graphql",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void ParsePrintParse_IsStable(string path)
    {
        DocumentNode original = Utf8GraphQLParser.Parse(LanguageTestFiles.Read(path));

        string printed = SyntaxPrinter.Print(original);
        DocumentNode reparsed = Utf8GraphQLParser.Parse(printed, new ParserOptions { NoLocations = true });

        Assert.Equal(printed, SyntaxPrinter.Print(reparsed));
        Assert.Equal(original.Definitions.Count, reparsed.Definitions.Count);
    }

    [Theory]
    [InlineData("\"tab\\t quote\\\" \\u{1F600} \\u0000 \u0085\"")]
    [InlineData("\"\"\"  keep\n    \\\"\"\" indent\"\"\"")]
    [InlineData("\"\"\"ends with quote\\\"\"\"\"\"\"")]
    public void ParsePrint_PreservesStringValue(string literal)
    {
        var value = (StringValueNode)Utf8GraphQLParser.ParseConstValue(literal);

        var reparsed = (StringValueNode)Utf8GraphQLParser.ParseConstValue(SyntaxPrinter.Print(value));

        Assert.Equal(value.Value, reparsed.Value);
    }
}
