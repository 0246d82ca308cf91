using System.Text.RegularExpressions;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Tests.Language;

// Every message, line and column below is what graphql-js 16.15.0 reports for the same input.
public sealed class SyntaxErrorTests
{
    [Theory]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)] // empty document
    [InlineData("   \n  ", "Syntax Error: Unexpected <EOF>.", 2, 3)] // only white space
    [InlineData("# just a comment", "Syntax Error: Unexpected <EOF>.", 1, 17)] // only a comment
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)] // unclosed selection set
    [InlineData("{ a }}", "Syntax Error: Unexpected \"}\".", 1, 6)] // extra closing brace
    [InlineData("{ a(", "Syntax Error: Expected Name, found <EOF>.", 1, 5)] // unclosed arguments
    [InlineData("query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 6)] // operation keyword alone
    [InlineData("query Q(", "Syntax Error: Expected \"$\", found <EOF>.", 1, 9)] // unclosed variables
    [InlineData("query Q($a", "Syntax Error: Expected \":\", found <EOF>.", 1, 11)] // variable without type
    [InlineData("query Q($a:", "Syntax Error: Expected Name, found <EOF>.", 1, 12)] // variable type missing
    [InlineData("notAKeyword { a }", "Syntax Error: Unexpected Name \"notAKeyword\".", 1, 1)] // unknown keyword
    [InlineData("\"d\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)] // description on a shorthand query
    [InlineData("\"d\" extend type A @d", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)] // description on an extension
    [InlineData("\"d\" foo", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)] // description before a name
    [InlineData("type A {}", "Syntax Error: Expected Name, found \"}\".", 1, 9)] // empty fields definition
    [InlineData("extend type A", "Syntax Error: Unexpected <EOF>.", 1, 14)] // empty type extension
    [InlineData("extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14)] // empty schema extension
    [InlineData("extend scalar S", "Syntax Error: Unexpected <EOF>.", 1, 16)] // empty scalar extension
    [InlineData("extend union U", "Syntax Error: Unexpected <EOF>.", 1, 15)] // empty union extension
    [InlineData("extend enum E", "Syntax Error: Unexpected <EOF>.", 1, 14)] // empty enum extension
    [InlineData("extend input I", "Syntax Error: Unexpected <EOF>.", 1, 15)] // empty input extension
    [InlineData("extend interface I", "Syntax Error: Unexpected <EOF>.", 1, 19)] // empty interface extension
    [InlineData("extend foo", "Syntax Error: Unexpected Name \"foo\".", 1, 8)] // unknown extension
    [InlineData("extend", "Syntax Error: Unexpected <EOF>.", 1, 7)] // extend alone
    [InlineData("extend directive @a on FIELD", "Syntax Error: Unexpected Name \"directive\".", 1, 8)] // directive extension
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)] // spread of on
    [InlineData("fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10)] // fragment named on
    [InlineData("fragment F T { a }", "Syntax Error: Expected \"on\", found Name \"T\".", 1, 12)] // fragment without on
    [InlineData("fragment F on T", "Syntax Error: Expected \"{\", found <EOF>.", 1, 16)] // fragment without selections
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)] // enum value true
    [InlineData("enum E { null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 1, 10)] // enum value null
    [InlineData("enum E { \"true\" \"null\" }", "Syntax Error: String \"null\" is reserved and cannot be used for an enum value.", 1, 17)] // enum value as string
    [InlineData("{ a(x: \"\\x\") }", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 9)] // bad escape
    [InlineData("{ a(x: 0x) }", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 9)] // letter after zero
    [InlineData("{ a(x: -) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 9)] // minus alone
    [InlineData("{ a(x: 00) }", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 9)] // leading zero
    [InlineData("{ a(x: 1.) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)] // dot without digits
    [InlineData("{ a(x: .5) }", "Syntax Error: Unexpected character: \".\".", 1, 8)] // leading dot
    [InlineData("{ a(x: 1e+) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 11)] // exponent without digits
    [InlineData("{ a(x: 1.2.3) }", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 11)] // two dots
    [InlineData("{ a(x: 12a) }", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 10)] // name after number
    [InlineData("{ a(x: 1.5e) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 12)] // e without digits
    [InlineData("{ a(x: \"open) }", "Syntax Error: Unterminated string.", 1, 16)] // unterminated string
    [InlineData("{ a(x: \"line\nbreak\") }", "Syntax Error: Unterminated string.", 1, 13)] // line break in string
    [InlineData("{ a(x: \"\"\"open) }", "Syntax Error: Unterminated string.", 1, 18)] // unterminated block string
    [InlineData("{ a(x: \"\\u12\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u12\")\".", 1, 9)] // short unicode escape
    [InlineData("{ a(x: \"\\u{}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 9)] // empty braced escape
    [InlineData("{ a(x: \"\\u{12\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{12\"\".", 1, 9)] // unclosed braced escape
    [InlineData("{ a(x: \"\\u{FFFFFFFFFF}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFFFFFF\".", 1, 9)] // too long braced escape
    [InlineData("{ a(x: \"\\u{D800}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{D800}\".", 1, 9)] // surrogate braced escape
    [InlineData("{ a(x: \"\\u{110000}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 9)] // braced escape past U+10FFFF
    [InlineData("{ a(x: \"\\uD800\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 9)] // lone leading surrogate escape
    [InlineData("{ a(x: \"\\uD83D\\u0041\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 9)] // leading surrogate then letter
    [InlineData("{ a(x: \"\\uDE00\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uDE00\".", 1, 9)] // lone trailing surrogate escape
    [InlineData("{ a(x: 'single') }", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 8)] // single quotes
    [InlineData("query Q($v: Int = $w) { a }", "Syntax Error: Unexpected variable \"$w\" in constant value.", 1, 19)] // variable in default value
    [InlineData("query Q($v: Int = $) { a }", "Syntax Error: Unexpected \"$\".", 1, 19)] // dollar in default value
    [InlineData("query Q($v: Int @d(a: $w)) { a }", "Syntax Error: Unexpected variable \"$w\" in constant value.", 1, 23)] // variable in variable directive
    [InlineData("type T { f(a: Int = $v): Int }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 21)] // variable in argument default
    [InlineData("{ a ? }", "Syntax Error: Unexpected character: \"?\".", 1, 5)] // question mark
    [InlineData("{ a % }", "Syntax Error: Unexpected character: \"%\".", 1, 5)] // percent
    [InlineData("{ a \u0000 }", "Syntax Error: Unexpected character: U+0000.", 1, 5)] // NUL character
    [InlineData("{ a \u0007 }", "Syntax Error: Unexpected character: U+0007.", 1, 5)] // bell character
    [InlineData("{ a   }", "Syntax Error: Unexpected character: U+00A0.", 1, 5)] // no-break space
    [InlineData("{ a € }", "Syntax Error: Unexpected character: U+20AC.", 1, 5)] // euro sign
    [InlineData("{ a 😀 }", "Syntax Error: Unexpected character: U+1F600.", 1, 5)] // emoji
    [InlineData("{ a .. }", "Syntax Error: Unexpected character: \".\".", 1, 5)] // two dots
    [InlineData("{ a . }", "Syntax Error: Unexpected character: \".\".", 1, 5)] // one dot
    [InlineData("{ a & }", "Syntax Error: Expected Name, found \"&\".", 1, 5)] // ampersand
    [InlineData("{ a ! }", "Syntax Error: Expected Name, found \"!\".", 1, 5)] // bang
    [InlineData("{ a 1 }", "Syntax Error: Expected Name, found Int \"1\".", 1, 5)] // int in selection
    [InlineData("{ a \"s\" }", "Syntax Error: Expected Name, found String \"s\".", 1, 5)] // string in selection
    [InlineData("{ a \"\"\"b\"\"\" }", "Syntax Error: Expected Name, found BlockString \"b\".", 1, 5)] // block string in selection
    [InlineData("schema { query Q }", "Syntax Error: Expected \":\", found Name \"Q\".", 1, 16)] // operation type without colon
    [InlineData("schema { foo: Q }", "Syntax Error: Unexpected Name \"foo\".", 1, 10)] // unknown operation type
    [InlineData("schema {}", "Syntax Error: Expected Name, found \"}\".", 1, 9)] // empty schema
    [InlineData("schema @d", "Syntax Error: Expected \"{\", found <EOF>.", 1, 10)] // schema without operation types
    [InlineData("type T implements", "Syntax Error: Expected Name, found <EOF>.", 1, 18)] // implements nothing
    [InlineData("type T implements A &", "Syntax Error: Expected Name, found <EOF>.", 1, 22)] // trailing ampersand
    [InlineData("union U =", "Syntax Error: Expected Name, found <EOF>.", 1, 10)] // union without members
    [InlineData("union U = A |", "Syntax Error: Expected Name, found <EOF>.", 1, 14)] // trailing pipe
    [InlineData("directive @d on", "Syntax Error: Expected Name, found <EOF>.", 1, 16)] // no locations
    [InlineData("directive @d on FOO", "Syntax Error: Unexpected Name \"FOO\".", 1, 17)] // unknown location
    [InlineData("directive d on FIELD", "Syntax Error: Expected \"@\", found Name \"d\".", 1, 11)] // directive without at
    [InlineData("directive @d", "Syntax Error: Expected \"on\", found <EOF>.", 1, 13)] // directive without on
    [InlineData("input I { a }", "Syntax Error: Expected \":\", found \"}\".", 1, 13)] // input field without type
    [InlineData("query Q($a: Int!!) { a }", "Syntax Error: Expected \"$\", found \"!\".", 1, 17)] // double bang
    [InlineData("query Q($a: [Int) { a }", "Syntax Error: Expected \"]\", found \")\".", 1, 17)] // unclosed list type
    [InlineData("{ a(o: {a}) }", "Syntax Error: Expected \":\", found \"}\".", 1, 10)] // object field without value
    [InlineData("{ a(o: {1: 2}) }", "Syntax Error: Expected Name, found Int \"1\".", 1, 9)] // object field named by int
    [InlineData("\"", "Syntax Error: Unterminated string.", 1, 2)] // lone quote
    [InlineData("\"\"\"", "Syntax Error: Unterminated string.", 1, 4)] // lone triple quote
    [InlineData("-", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 2)] // lone minus
    [InlineData("{\r\n  a\r\n  b %\r\n}", "Syntax Error: Unexpected character: \"%\".", 3, 5)] // CRLF line endings
    [InlineData("{\r  a\r  b %\r}", "Syntax Error: Unexpected character: \"%\".", 3, 5)] // CR line endings
    [InlineData("{ \"😀😀\" % }", "Syntax Error: Expected Name, found String \"😀😀\".", 1, 3)] // columns count UTF-16 units
    [InlineData("# 😀 comment\n{ a % }", "Syntax Error: Unexpected character: \"%\".", 2, 5)] // comment with emoji
    public void Parse_InvalidDocument_ThrowsGraphQLJsError(string source, string message, int line, int column)
    {
        SyntaxException error = Assert.Throws<SyntaxException>(() => Utf8GraphQLParser.Parse(source));

        Assert.Equal(message, error.Message);
        Assert.Equal(new ErrorLocation(line, column), error.Location);
        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
    }

    // .NET strings may hold unpaired surrogates, as JavaScript strings may; graphql-js reports them so.
    // Test data cannot carry them, so <U+XXXX> stands for the code unit.
    [Theory]
    [InlineData("{ a <U+D800> }", "Syntax Error: Invalid character: U+D800.", 1, 5)]
    [InlineData("{ a(x: \"<U+D800>\") }", "Syntax Error: Invalid character within String: U+D800.", 1, 9)]
    [InlineData("{ a(x: \"\"\"x<U+D800>\"\"\") }", "Syntax Error: Invalid character within String: U+D800.", 1, 12)]
    [InlineData("# c <U+DC00> c\n{ a }", "Syntax Error: Invalid character: U+DC00.", 1, 5)]
    [InlineData("{ a(x: \"😀\") <U+DFFF> }", "Syntax Error: Invalid character: U+DFFF.", 1, 14)]
    [InlineData("{ a(x: \"ok\") } <U+D800>", "Syntax Error: Invalid character: U+D800.", 1, 16)]
    [InlineData("{ a(x: \"unterminated <U+D800>", "Syntax Error: Invalid character within String: U+D800.", 1, 22)]
    [InlineData("{ a 😀 }", "Syntax Error: Unexpected character: U+1F600.", 1, 5)]
    [InlineData("{ a(x: \"\"\"\n  <U+D800>\n\"\"\") }", "Syntax Error: Invalid character within String: U+D800.", 2, 3)]
    [InlineData("{ a(x: \"é<U+D800>\") }", "Syntax Error: Invalid character within String: U+D800.", 1, 10)]
    public void Parse_UnpairedSurrogate_ThrowsGraphQLJsError(string template, string message, int line, int column)
    {
        string source = Regex.Replace(template, "<U\\+([0-9A-F]{4})>", m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());

        SyntaxException error = Assert.Throws<SyntaxException>(() => Utf8GraphQLParser.Parse(source));

        Assert.Equal(message, error.Message);
        Assert.Equal(new ErrorLocation(line, column), error.Location);
    }

    [Theory]
    [InlineData("{ a(x: \"\\x\") }")]
    [InlineData("{ a % }")]
    [InlineData("type A {}")]
    public void Parse_Utf8AndStringInputs_ReportTheSameError(string source)
    {
        SyntaxException fromString = Assert.Throws<SyntaxException>(() => Utf8GraphQLParser.Parse(source));
        SyntaxException fromBytes = Assert.Throws<SyntaxException>(() => Utf8GraphQLParser.Parse(System.Text.Encoding.UTF8.GetBytes(source)));

        Assert.Equal(fromString.Message, fromBytes.Message);
        Assert.Equal(fromString.Location, fromBytes.Location);
    }

    [Fact]
    public void Parse_InvalidUtf8_ReadsAsReplacementCharacter()
    {
        byte[] source = [(byte)'{', (byte)' ', 0xFF, (byte)' ', (byte)'}'];

        SyntaxException error = Assert.Throws<SyntaxException>(() => Utf8GraphQLParser.Parse(source));

        Assert.Equal("Syntax Error: Unexpected character: U+FFFD.", error.Message);
        Assert.Equal(new ErrorLocation(1, 3), error.Location);
    }

    [Fact]
    public void Parse_InvalidUtf8InsideString_IsKeptAsReplacementCharacter()
    {
        byte[] source = [(byte)'{', (byte)'a', (byte)'(', (byte)'x', (byte)':', (byte)'"', 0xC3, (byte)'"', (byte)')', (byte)'}'];

        DocumentNode document = Utf8GraphQLParser.Parse(source);

        var operation = (OperationDefinitionNode)document.Definitions[0];
        var field = (FieldNode)operation.SelectionSet.Selections[0];
        Assert.Equal("\uFFFD", ((StringValueNode)field.Arguments[0].Value).Value);
    }

    [Theory]
    [InlineData("{ a }\n{ b }\n{ c % }\n{ d }", "GraphQL request:3:5\n2 | { b }\n3 | { c % }\n  |     ^\n4 | { d }")]
    [InlineData("%", "GraphQL request:1:1\n1 | %\n  | ^")]
    [InlineData("{\n  ticket(id: 1 {\n    id\n  }\n}", "GraphQL request:2:16\n1 | {\n2 |   ticket(id: 1 {\n  |                ^\n3 |     id")]
    [InlineData("{\n\n\n\n\n\n\n\n\n a\n %\n}", "GraphQL request:11:2\n10 |  a\n11 |  %\n   |  ^\n12 | }")]
    public void Excerpt_PrintsSurroundingLinesWithCaret(string source, string excerpt)
    {
        SyntaxException error = Assert.Throws<SyntaxException>(() => Utf8GraphQLParser.Parse(source));

        Assert.Equal(excerpt, error.Excerpt);
    }

    [Fact]
    public void Excerpt_OfMinifiedDocument_ShowsEightyColumnSlice()
    {
        string source = "{ " + string.Join(" ", Enumerable.Range(0, 60).Select(i => "field" + i)) + " % }";

        SyntaxException error = Assert.Throws<SyntaxException>(() => Utf8GraphQLParser.Parse(source));

        Assert.Equal(
            "GraphQL request:1:473\n"
            + "1 | { field0 field1 field2 field3 field4 field5 field6 field7 field8 field9 field10 \n"
            + "  | field11 field12 field13 field14 field15 field16 field17 field18 field19 field20 \n"
            + "  | field21 field22 field23 field24 field25 field26 field27 field28 field29 field30 \n"
            + "  | field31 field32 field33 field34 field35 field36 field37 field38 field39 field40 \n"
            + "  | field41 field42 field43 field44 field45 field46 field47 field48 field49 field50 \n"
            + "  | field51 field52 field53 field54 field55 field56 field57 field58 field59 % }\n"
            + "  |                                                                         ^",
            error.Excerpt);
    }

    [Fact]
    public void ToGraphQLError_CarriesMessageLocationAndCode()
    {
        SyntaxException error = Assert.Throws<SyntaxException>(() => Utf8GraphQLParser.Parse("{ a(x: 1 }"));

        GraphQLError graphQLError = error.ToGraphQLError();

        Assert.Equal("Syntax Error: Expected Name, found \"}\".", graphQLError.Message);
        Assert.Equal([new ErrorLocation(1, 10)], graphQLError.Locations);
        Assert.Equal("SYNTAX_ERROR", graphQLError.Code);
    }
}
