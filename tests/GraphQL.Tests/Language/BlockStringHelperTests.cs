using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Tests.Language;

// Expected values are graphql-js 16.15.0 printBlockString and isPrintableAsBlockString results.
public sealed class BlockStringHelperTests
{
    [Theory]
    [InlineData("", "\"\"\"\"\"\"", true)]
    [InlineData("simple", "\"\"\"simple\"\"\"", true)]
    [InlineData(" leading space", "\"\"\" leading space\"\"\"", true)]
    [InlineData("\tleading tab", "\"\"\"\tleading tab\"\"\"", true)]
    [InlineData("trailing space ", "\"\"\"trailing space \"\"\"", true)]
    [InlineData("a\nb", "\"\"\"\na\nb\n\"\"\"", true)]
    [InlineData("  a\n  b", "\"\"\"\n  a\n  b\n\"\"\"", false)]
    [InlineData("a\n  b", "\"\"\"\na\n  b\n\"\"\"", true)]
    [InlineData("\na", "\"\"\"\n\na\n\"\"\"", false)]
    [InlineData("a\n", "\"\"\"\na\n\n\"\"\"", false)]
    [InlineData("a\n\nb", "\"\"\"\na\n\nb\n\"\"\"", true)]
    [InlineData("ends with \"", "\"\"\"\nends with \"\n\"\"\"", true)]
    [InlineData("ends with \\", "\"\"\"\nends with \\\n\"\"\"", true)]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"", true)]
    [InlineData("ends with \"\"\"", "\"\"\"\nends with \\\"\"\"\n\"\"\"", true)]
    [InlineData("\"\"\"", "\"\"\"\n\\\"\"\"\n\"\"\"", true)]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "\"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\"", true)]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "\"\"\"\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n\"\"\"", true)]
    [InlineData("a\r\nb", "\"\"\"\na\r\nb\n\"\"\"", false)]
    [InlineData("a\rb", "\"\"\"\na\rb\n\"\"\"", false)]
    [InlineData("line\n  indented\nback", "\"\"\"\nline\n  indented\nback\n\"\"\"", true)]
    [InlineData("\u0001control", "\"\"\"\u0001control\"\"\"", false)]
    [InlineData("emoji 😀", "\"\"\"emoji 😀\"\"\"", true)]
    [InlineData("   ", "\"\"\"   \"\"\"", false)]
    [InlineData("a\n ", "\"\"\"\na\n \n\"\"\"", false)]
    [InlineData("first\n\tsecond", "\"\"\"\nfirst\n\tsecond\n\"\"\"", true)]
    public void Print_Value_EqualsGraphQLJs(string value, string expected, bool printable)
    {
        Assert.Equal(expected, BlockStringHelper.Print(value));
        Assert.Equal(printable, BlockStringHelper.IsPrintableAsBlockString(value));
    }

    // https://spec.graphql.org/October2021/#BlockStringValue()
    [Theory]
    [InlineData("\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"", "Hello,\n  World!\n\nYours,\n  GraphQL.")]
    [InlineData("\"\"\"  first line keeps its indent\n    second\"\"\"", "  first line keeps its indent\nsecond")]
    [InlineData("\"\"\"\n\n   \n\"\"\"", "")]
    [InlineData("\"\"\"a\\\"\"\"b\"\"\"", "a\"\"\"b")]
    [InlineData("\"\"\"a\r\n  b\r  c\"\"\"", "a\nb\nc")]
    [InlineData("\"\"\"\\n is not an escape\"\"\"", "\\n is not an escape")]
    [InlineData("\"\"\"\t\ttabs\n\t\tcount\"\"\"", "\t\ttabs\ncount")]
    public void Parse_BlockString_RemovesCommonIndentAndBlankLines(string source, string expected)
    {
        var value = (StringValueNode)Utf8GraphQLParser.ParseValue(source);

        Assert.True(value.Block);
        Assert.Equal(expected, value.Value);
    }
}
