using System.Text;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Tests.Language;

public sealed class ParserLimitsTests
{
    private const int BombDepth = 100_000;

    [Fact]
    public void Default_HasDocumentedLimits()
    {
        Assert.Equal(15_000, ParserOptions.Default.MaxAllowedTokens);
        Assert.Equal(64, ParserOptions.Default.MaxAllowedDepth);
        Assert.Equal(2_048, ParserOptions.Default.MaxAllowedFields);
        Assert.False(ParserOptions.Default.NoLocations);
    }

    [Fact]
    public void Parse_MoreTokensThanAllowed_ThrowsGraphQLJsMessageAtExtraToken()
    {
        var options = new ParserOptions { MaxAllowedTokens = 5 };

        SyntaxException error = Assert.Throws<SyntaxException>(() => Utf8GraphQLParser.Parse("{ a b c d e }", options));

        Assert.Equal("Syntax Error: Document contains more that 5 tokens. Parsing aborted.", error.Message);
        Assert.Equal(new ErrorLocation(1, 11), error.Location);
    }

    [Fact]
    public void Parse_ExactlyAllowedTokens_Succeeds() =>
        Utf8GraphQLParser.Parse("{ a b c } # comments are not tokens", new ParserOptions { MaxAllowedTokens = 5 });

    [Fact]
    public void Parse_DefaultTokenLimit_IsEnforced()
    {
        Utf8GraphQLParser.Parse(Fields(14_998), new ParserOptions { MaxAllowedFields = int.MaxValue });

        SyntaxException error = Assert.Throws<SyntaxException>(
            () => Utf8GraphQLParser.Parse(Fields(14_999), new ParserOptions { MaxAllowedFields = int.MaxValue }));

        Assert.Equal("Syntax Error: Document contains more that 15000 tokens. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Parse_DefaultFieldLimit_IsEnforced()
    {
        Utf8GraphQLParser.Parse(Fields(2_048));

        SyntaxException error = Assert.Throws<SyntaxException>(() => Utf8GraphQLParser.Parse(Fields(2_049)));

        Assert.Equal("Syntax Error: Document contains more than 2048 fields. Parsing aborted.", error.Message);
        Assert.Equal(new ErrorLocation(1, 3 + (2 * 2_048)), error.Location);
    }

    [Fact]
    public void Parse_FieldLimit_CountsFieldsAcrossOperations()
    {
        var options = new ParserOptions { MaxAllowedFields = 3 };

        SyntaxException error = Assert.Throws<SyntaxException>(() => Utf8GraphQLParser.Parse("{ a b } { c { d } }", options));

        Assert.Equal("Syntax Error: Document contains more than 3 fields. Parsing aborted.", error.Message);
        Assert.Equal(new ErrorLocation(1, 15), error.Location);
    }

    [Fact]
    public void Parse_DefaultDepth_AllowsSixtyFourNestedSelectionSets()
    {
        Utf8GraphQLParser.Parse(NestedSelections(64));

        SyntaxException error = Assert.Throws<SyntaxException>(() => Utf8GraphQLParser.Parse(NestedSelections(65)));

        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 64. Parsing aborted.", error.Message);
        Assert.Equal(new ErrorLocation(1, 129), error.Location);
    }

    [Theory]
    [InlineData("[", "]", "]")]
    [InlineData("{a:", "1}", "}")]
    public void ParseValue_NestedValuesPastDepth_Throws(string open, string innermost, string close)
    {
        Utf8GraphQLParser.ParseValue(Repeat(open, 64) + innermost + Repeat(close, 63));

        SyntaxException error = Assert.Throws<SyntaxException>(() => Utf8GraphQLParser.ParseValue(Repeat(open, 65) + innermost + Repeat(close, 64)));

        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 64. Parsing aborted.", error.Message);
    }

    [Fact]
    public void ParseType_NestedListTypesPastDepth_Throws()
    {
        Utf8GraphQLParser.ParseType(Repeat("[", 64) + "Int" + Repeat("]", 64));

        SyntaxException error = Assert.Throws<SyntaxException>(() => Utf8GraphQLParser.ParseType(Repeat("[", 65) + "Int" + Repeat("]", 65)));

        Assert.Equal(new ErrorLocation(1, 65), error.Location);
    }

    [Fact]
    public void Parse_DepthCountsSelectionsAndValuesTogether()
    {
        string source = Repeat("{ a", 3) + "(b: [[1]])" + Repeat(" }", 3);

        Utf8GraphQLParser.Parse(source, new ParserOptions { MaxAllowedDepth = 5 });
        Assert.Throws<SyntaxException>(() => Utf8GraphQLParser.Parse(source, new ParserOptions { MaxAllowedDepth = 4 }));
    }

    [Theory]
    [InlineData("{ a(b: ", "[", "")]
    [InlineData("", "{a", "")]
    [InlineData("{ a(b: ", "{c:", "")]
    [InlineData("query ($v: ", "[", "")]
    [InlineData("type T { f(a: ", "[", "")]
    [InlineData("type T { f(a: Int = ", "[", "")]
    public void Parse_NestingBomb_ThrowsDepthErrorNotStackOverflow(string prefix, string open, string suffix)
    {
        string source = prefix + Repeat(open, BombDepth) + suffix;

        SyntaxException error = Assert.Throws<SyntaxException>(() => Utf8GraphQLParser.Parse(source));

        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 64. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Parse_NestingBombWithoutLimits_StillThrowsSyntaxException()
    {
        var unlimited = new ParserOptions { MaxAllowedDepth = int.MaxValue, MaxAllowedTokens = int.MaxValue, MaxAllowedFields = int.MaxValue };

        SyntaxException error = Assert.Throws<SyntaxException>(() => Utf8GraphQLParser.Parse(Repeat("{a", BombDepth), unlimited));

        Assert.StartsWith("Syntax Error: Document exceeds the maximum nesting depth", error.Message, StringComparison.Ordinal);
    }

    private static string Fields(int count)
    {
        var builder = new StringBuilder("{ ");
        for (int i = 0; i < count; i++)
        {
            builder.Append("a ");
        }

        return builder.Append('}').ToString();
    }

    private static string NestedSelections(int depth) => Repeat("{a", depth - 1) + "{a" + Repeat("}", depth);

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
