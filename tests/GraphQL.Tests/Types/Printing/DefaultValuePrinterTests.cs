namespace KtPortal.GraphQL.Tests.Types.Printing;

public sealed class DefaultValuePrinterTests
{
    [Fact]
    public void Print_Defaults_AreCoercedThenPrinted()
    {
        SchemaPrinterTests.AssertPrints(
            """"
            enum Color { RED GREEN }
            input Point { x: Int = 0 y: Int }
            type Query { f(a: [Int] = 1, b: Float = 1.0, c: Float = 1e25, d: ID = "42", e: Color = RED, g: Point = {y: 2}, h: Int = "bad", i: Int! = null, j: [Color] = [RED, GREEN], k: String = """block""", l: Float = 0.0000001): Int }
            """",
            """"
            enum Color {
              RED
              GREEN
            }

            input Point {
              x: Int = 0
              y: Int
            }

            type Query {
              f(a: [Int] = [1], b: Float = 1, c: Float = 1e+25, d: ID = 42, e: Color = RED, g: Point = {x: 0, y: 2}, h: Int, i: Int!, j: [Color] = [RED, GREEN], k: String = "block", l: Float = 1e-7): Int
            }
            """");
    }

    [Fact]
    public void Print_CustomScalarDefaults_PrintThePlainValue()
    {
        SchemaPrinterTests.AssertPrints(
            "scalar Json type Query { f(a: Json = ENUM, b: Json = 1.50, c: Json = null): Int }",
            """"
            scalar Json

            type Query {
              f(a: Json = "ENUM", b: Json = 1.5, c: Json = null): Int
            }
            """");
    }

    [Fact]
    public void Print_OneOfDefaultWithTwoMembers_IsDropped()
    {
        SchemaPrinterTests.AssertPrints(
            "input Pick @oneOf { a: Int b: Int } type Query { f(ok: Pick = {a: 1}, two: Pick = {a: 1, b: 2}, none: Pick = {}, nil: Pick = {a: null}): Int }",
            """"
            input Pick @oneOf {
              a: Int
              b: Int
            }

            type Query {
              f(ok: Pick = {a: 1}, two: Pick, none: Pick, nil: Pick): Int
            }
            """");
    }

    [Fact]
    public void Print_OutOfRangeAndNullItems_DropTheWholeDefault()
    {
        SchemaPrinterTests.AssertPrints(
            "type Query { f(a: Int = 2147483648, b: [Int!] = [1, null], c: [Int] = [1, null]): Int }",
            """"
            type Query {
              f(a: Int, b: [Int!], c: [Int] = [1, null]): Int
            }
            """");
    }

    [Fact]
    public void Print_CustomScalarListDefault_CannotBePrinted()
    {
        var schema = SchemaPrinterTests.Build("scalar Json type Query { f(a: Json = [1, {b: true}]): Int }");

        var exception = Assert.Throws<InvalidOperationException>(() => KtPortal.GraphQL.Types.SchemaPrinter.Print(schema));

        Assert.Equal("Cannot convert value to AST: [1, { b: true }].", exception.Message);
    }

    [Theory]
    [InlineData("{col: {b: [1, true]}, c: {}}", "{ col: { b: [Array] }, c: {} }")]
    [InlineData("[[[]], [[1]], {a: {b: 1}}]", "[[[]], [[Array]], { a: [Object] }]")]
    [InlineData("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]", "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 2 more items]")]
    [InlineData("{s: \"q\\\"\\u0001\\u0085\"}", "{ s: \"q\\\"\\u0001\u0085\" }")]
    public void Print_UnprintableCustomScalarDefault_IsDescribedLikeGraphQLJs(string literal, string inspected)
    {
        var schema = SchemaPrinterTests.Build($"scalar Json type Query {{ f(a: Json = {literal}): Int }}");

        var exception = Assert.Throws<InvalidOperationException>(() => KtPortal.GraphQL.Types.SchemaPrinter.Print(schema));

        Assert.Equal($"Cannot convert value to AST: {inspected}.", exception.Message);
    }
}
