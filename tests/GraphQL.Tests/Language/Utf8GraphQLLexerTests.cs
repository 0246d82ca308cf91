using System.Text;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Tests.Language;

public sealed class Utf8GraphQLLexerTests
{
    [Fact]
    public void Read_Punctuators_ProducesEveryKind()
    {
        Assert.Equal(
            [
                TokenKind.Bang, TokenKind.Dollar, TokenKind.Ampersand, TokenKind.LeftParenthesis, TokenKind.RightParenthesis,
                TokenKind.Spread, TokenKind.Colon, TokenKind.Equal, TokenKind.At, TokenKind.LeftBracket, TokenKind.RightBracket,
                TokenKind.LeftBrace, TokenKind.Pipe, TokenKind.RightBrace, TokenKind.EndOfFile,
            ],
            Kinds("! $ & ( ) ... : = @ [ ] { | }"));
    }

    [Fact]
    public void Read_IgnoredTokens_AreSkipped() =>
        Assert.Equal([TokenKind.Name, TokenKind.Name, TokenKind.EndOfFile], Kinds("\uFEFF ,a,\t# comment \u00e9\r\n\rb # end"));

    [Theory]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("1234567890123456789012345678901234567890", TokenKind.Int)]
    [InlineData("1.0", TokenKind.Float)]
    [InlineData("-1.5e10", TokenKind.Float)]
    [InlineData("1E-3", TokenKind.Float)]
    [InlineData("2e+0", TokenKind.Float)]
    public void Read_Number_KeepsSourceText(string source, TokenKind kind)
    {
        var lexer = new Utf8GraphQLLexer(Encoding.UTF8.GetBytes(source));

        Assert.True(lexer.Read());

        Assert.Equal(kind, lexer.Kind);
        Assert.Equal(source, lexer.GetValue());
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\"\"", "")]
    [InlineData("\"esc \\\" \\\\ \\/ \\b \\f \\n \\r \\t\"", "esc \" \\ / \b \f \n \r \t")]
    [InlineData("\"\\u0041\\u00e9\\u{1F600}\\uD83D\\uDE00\"", "Aé😀😀")]
    [InlineData("\"😀 raw\"", "😀 raw")]
    public void Read_String_ResolvesEscapes(string source, string value)
    {
        var lexer = new Utf8GraphQLLexer(Encoding.UTF8.GetBytes(source));

        lexer.Read();

        Assert.Equal(TokenKind.String, lexer.Kind);
        Assert.Equal(value, lexer.GetValue());
    }

    [Fact]
    public void Read_BlockString_TracksLinesAfterIt()
    {
        var lexer = new Utf8GraphQLLexer("\"\"\"\n  a\n  b\n\"\"\" c"u8);

        lexer.Read();
        Assert.Equal(TokenKind.BlockString, lexer.Kind);
        Assert.Equal("a\nb", lexer.GetValue());

        lexer.Read();
        Assert.Equal("c", lexer.GetName());
        Assert.Equal((4, 5), (lexer.Line, lexer.Column));
    }

    [Fact]
    public void Read_MultiByteCharacters_CountUtf16UnitsForColumnsAndOffsets()
    {
        var lexer = new Utf8GraphQLLexer("\"é😀\" x"u8);

        lexer.Read();
        Assert.Equal((0, 8, 0, 5), (lexer.Start, lexer.End, lexer.Utf16Start, lexer.Utf16End));

        lexer.Read();
        Assert.Equal((9, 6, 1, 7), (lexer.Start, lexer.Utf16Start, lexer.Line, lexer.Column));
    }

    [Fact]
    public void Read_AfterEndOfFile_KeepsReturningFalse()
    {
        var lexer = new Utf8GraphQLLexer("a"u8);

        Assert.True(lexer.Read());
        Assert.False(lexer.Read());
        Assert.False(lexer.Read());
        Assert.Equal(TokenKind.EndOfFile, lexer.Kind);
        Assert.Equal(1, lexer.Utf16Start);
    }

    [Fact]
    public void Read_InvalidCharacter_ThrowsWithLocation()
    {
        SyntaxException error = Assert.Throws<SyntaxException>(() =>
        {
            var lexer = new Utf8GraphQLLexer("a\n  ?"u8);
            while (lexer.Read())
            {
            }
        });

        Assert.Equal("Syntax Error: Unexpected character: \"?\".", error.Message);
        Assert.Equal(new ErrorLocation(2, 3), error.Location);
    }

    private static List<TokenKind> Kinds(string source)
    {
        var kinds = new List<TokenKind>();
        var lexer = new Utf8GraphQLLexer(Encoding.UTF8.GetBytes(source));
        while (lexer.Read())
        {
            kinds.Add(lexer.Kind);
        }

        kinds.Add(lexer.Kind);
        return kinds;
    }
}
