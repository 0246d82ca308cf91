using System.Text.Json;
using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Tests.Scalars;

// Expected values and messages are graphql-js 16 GraphQLInt/Float/String/Boolean/ID on the same inputs.
public sealed class BuiltInScalarCoercionTests
{
    public static TheoryData<string, object, object> SerializedValues => new()
    {
        { "Int", 1, 1 },
        { "Int", -0.0, 0 },
        { "Int", 1.0, 1 },
        { "Int", 2147483647L, 2147483647 },
        { "Int", (short)7, 7 },
        { "Int", (byte)7, 7 },
        { "Int", 3m, 3 },
        { "Int", true, 1 },
        { "Int", false, 0 },
        { "Int", "12", 12 },
        { "Int", " 12 ", 12 },
        { "Int", "0x1F", 31 },
        { "Int", "1e3", 1000 },
        { "Float", 1, 1 },
        { "Float", 1.5, 1.5 },
        { "Float", 2147483648L, 2147483648L },
        { "Float", 0.1f, 0.1 },
        { "Float", 2.5m, 2.5 },
        { "Float", true, 1 },
        { "Float", "1.5", 1.5 },
        { "Float", "0x1F", 31.0 },
        { "String", "abc", "abc" },
        { "String", 1, "1" },
        { "String", 2147483648L, "2147483648" },
        { "String", 1.5, "1.5" },
        { "String", 1e21, "1e+21" },
        { "String", 0.1, "0.1" },
        { "String", true, "true" },
        { "String", false, "false" },
        { "Boolean", true, true },
        { "Boolean", 0, false },
        { "Boolean", 1.5, true },
        { "ID", "abc", "abc" },
        { "ID", 1, "1" },
        { "ID", 1.0, "1" },
        { "ID", -2147483649L, "-2147483649" },
        { "ID", 1e21, "1e+21" },
    };

    public static TheoryData<string, object, string> SerializeErrors => new()
    {
        { "Int", 2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648" },
        { "Int", -2147483649.0, "Int cannot represent non 32-bit signed integer value: -2147483649" },
        { "Int", 1e21, "Int cannot represent non 32-bit signed integer value: 1e+21" },
        { "Int", 1.5, "Int cannot represent non-integer value: 1.5" },
        { "Int", 1.5m, "Int cannot represent non-integer value: 1.5" },
        { "Int", double.NaN, "Int cannot represent non-integer value: NaN" },
        { "Int", double.PositiveInfinity, "Int cannot represent non-integer value: Infinity" },
        { "Int", "1.5", "Int cannot represent non-integer value: \"1.5\"" },
        { "Int", "", "Int cannot represent non-integer value: \"\"" },
        { "Int", "abc", "Int cannot represent non-integer value: \"abc\"" },
        { "Int", "2147483648", "Int cannot represent non 32-bit signed integer value: \"2147483648\"" },
        { "Int", new[] { 1 }, "Int cannot represent non-integer value: [1]" },
        { "Int", new Dictionary<string, object?> { ["a"] = 1 }, "Int cannot represent non-integer value: { a: 1 }" },
        { "Float", double.NaN, "Float cannot represent non numeric value: NaN" },
        { "Float", double.NegativeInfinity, "Float cannot represent non numeric value: -Infinity" },
        { "Float", "", "Float cannot represent non numeric value: \"\"" },
        { "Float", "abc", "Float cannot represent non numeric value: \"abc\"" },
        { "String", double.NaN, "String cannot represent value: NaN" },
        { "String", new[] { 1 }, "String cannot represent value: [1]" },
        { "Boolean", "12", "Boolean cannot represent a non boolean value: \"12\"" },
        { "Boolean", double.PositiveInfinity, "Boolean cannot represent a non boolean value: Infinity" },
        { "ID", 1.5, "ID cannot represent value: 1.5" },
        { "ID", true, "ID cannot represent value: true" },
        { "ID", 0.1, "ID cannot represent value: 0.1" },
    };

    public static TheoryData<string, object?, object> ParsedValues => new()
    {
        { "Int", 1, 1 },
        { "Int", 1.0, 1 },
        { "Int", 5L, 5 },
        { "Int", 5m, 5 },
        { "Float", 1, 1.0 },
        { "Float", 1.5, 1.5 },
        { "Float", 2147483648L, 2147483648.0 },
        { "Float", 1e21, 1e21 },
        { "String", "1", "1" },
        { "Boolean", true, true },
        { "ID", 1, "1" },
        { "ID", 2147483648L, "2147483648" },
        { "ID", "abc", "abc" },
        { "ID", 1e21, "1e+21" },
    };

    public static TheoryData<string, object?, string> ParseErrors => new()
    {
        { "Int", 1.5, "Int cannot represent non-integer value: 1.5" },
        { "Int", 2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648" },
        { "Int", -2147483649.0, "Int cannot represent non 32-bit signed integer value: -2147483649" },
        { "Int", 1e21, "Int cannot represent non 32-bit signed integer value: 1e+21" },
        { "Int", "1", "Int cannot represent non-integer value: \"1\"" },
        { "Int", true, "Int cannot represent non-integer value: true" },
        { "Int", null, "Int cannot represent non-integer value: null" },
        { "Int", double.NaN, "Int cannot represent non-integer value: NaN" },
        { "Int", new List<object?> { 1, 2 }, "Int cannot represent non-integer value: [1, 2]" },
        { "Float", "1", "Float cannot represent non numeric value: \"1\"" },
        { "Float", double.PositiveInfinity, "Float cannot represent non numeric value: Infinity" },
        { "String", 1, "String cannot represent a non string value: 1" },
        { "String", 1.5, "String cannot represent a non string value: 1.5" },
        { "String", true, "String cannot represent a non string value: true" },
        { "Boolean", 1, "Boolean cannot represent a non boolean value: 1" },
        { "Boolean", "1", "Boolean cannot represent a non boolean value: \"1\"" },
        { "ID", 1.5, "ID cannot represent value: 1.5" },
        { "ID", true, "ID cannot represent value: true" },
        { "ID", null, "ID cannot represent value: null" },
    };

    [Theory]
    [MemberData(nameof(SerializedValues))]
    public void Serialize_CoercesAsGraphQLJs(string scalar, object value, object expected)
        => AssertSameNumberOrValue(expected, Scalar(scalar).Serialize(value));

    [Theory]
    [MemberData(nameof(SerializeErrors))]
    public void Serialize_RejectsAsGraphQLJs(string scalar, object value, string message)
        => Assert.Equal(message, Assert.Throws<CoercionException>(() => Scalar(scalar).Serialize(value)).Message);

    [Theory]
    [MemberData(nameof(ParsedValues))]
    public void ParseValue_CoercesAsGraphQLJs(string scalar, object? value, object expected)
    {
        var result = Scalar(scalar).ParseValue(value);

        Assert.Equal(expected, result);
        Assert.IsType(Scalar(scalar).RuntimeType, result);
    }

    [Theory]
    [MemberData(nameof(ParseErrors))]
    public void ParseValue_RejectsAsGraphQLJs(string scalar, object? value, string message)
        => Assert.Equal(message, Assert.Throws<CoercionException>(() => Scalar(scalar).ParseValue(value)).Message);

    [Theory]
    [InlineData("Int", "1.0", 1)]
    [InlineData("Int", "1e2", 100)]
    [InlineData("Int", "-7", -7)]
    [InlineData("Float", "1", 1.0)]
    [InlineData("Float", "0.1", 0.1)]
    [InlineData("String", "\"x\"", "x")]
    [InlineData("Boolean", "false", false)]
    [InlineData("ID", "4", "4")]
    [InlineData("ID", "\"4\"", "4")]
    public void ParseValue_JsonElementsReadAsJsonParseWould(string scalar, string json, object expected)
        => Assert.Equal(expected, Scalar(scalar).ParseValue(Json(json)));

    [Theory]
    [InlineData("Int", "1.5", "Int cannot represent non-integer value: 1.5")]
    [InlineData("Int", "2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("Int", "\"1\"", "Int cannot represent non-integer value: \"1\"")]
    [InlineData("Int", "null", "Int cannot represent non-integer value: null")]
    [InlineData("Int", "{\"a\":{\"b\":{\"c\":{\"d\":1}}}}", "Int cannot represent non-integer value: { a: { b: [Object] } }")]
    [InlineData("Float", "1e400", "Float cannot represent non numeric value: Infinity")]
    [InlineData("Float", "[1,2]", "Float cannot represent non numeric value: [1, 2]")]
    [InlineData("String", "true", "String cannot represent a non string value: true")]
    [InlineData("Boolean", "0", "Boolean cannot represent a non boolean value: 0")]
    [InlineData("ID", "1.5", "ID cannot represent value: 1.5")]
    public void ParseValue_RejectsJsonElementsAsGraphQLJs(string scalar, string json, string message)
        => Assert.Equal(message, Assert.Throws<CoercionException>(() => Scalar(scalar).ParseValue(Json(json))).Message);

    [Theory]
    [InlineData("Int", "7", 7)]
    [InlineData("Int", "-2147483648", -2147483648)]
    [InlineData("Float", "7", 7.0)]
    [InlineData("Float", "1.5e3", 1500.0)]
    [InlineData("String", "\"x\"", "x")]
    [InlineData("String", "\"\"\"block\"\"\"", "block")]
    [InlineData("Boolean", "true", true)]
    [InlineData("ID", "7", "7")]
    [InlineData("ID", "\"abc\"", "abc")]
    public void ParseLiteral_ReturnsRuntimeValues(string scalar, string literal, object expected)
        => Assert.Equal(expected, Scalar(scalar).ParseLiteral(Utf8GraphQLParser.ParseValue(literal)));

    [Theory]
    [InlineData("Int", "2147483648")]
    [InlineData("Int", "99999999999999999999999")]
    [InlineData("Int", "1.5")]
    [InlineData("Int", "\"1\"")]
    [InlineData("Float", "\"1\"")]
    [InlineData("Float", "null")]
    [InlineData("String", "ENUM")]
    [InlineData("String", "{a: 1}")]
    [InlineData("Boolean", "[true]")]
    [InlineData("ID", "7.0")]
    public void ParseLiteral_FailsWithTheValidationMessage(string scalar, string literal)
    {
        var node = Utf8GraphQLParser.ParseValue(literal);
        var type = Scalar(scalar);

        var exception = Assert.Throws<CoercionException>(() => type.ParseLiteral(node));

        Assert.Equal(type.ValidateLiteral(node), exception.Message);
    }

    [Fact]
    public void RuntimeTypes_AreIntDoubleStringBoolString()
        => Assert.Equal(
            [typeof(string), typeof(int), typeof(double), typeof(bool), typeof(string)],
            SpecifiedScalars.All.Select(s => s.RuntimeType));

    [Fact]
    public void Serialize_KeepsTheBoxWhenTheValueIsAlreadyRight()
    {
        object number = 42;
        object text = "x";

        Assert.Same(number, SpecifiedScalars.Int.Serialize(number));
        Assert.Same(text, SpecifiedScalars.String.Serialize(text));
    }

    private static ScalarType Scalar(string name) => SpecifiedScalars.All.Single(s => s.Name == name);

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    // What reaches the response is a JSON number, so 1 (int) and 1.0 (double) are the same result.
    private static void AssertSameNumberOrValue(object expected, object? actual)
    {
        if (expected is string or bool)
        {
            Assert.Equal(expected, actual);
            return;
        }

        Assert.Equal(Convert.ToDouble(expected, System.Globalization.CultureInfo.InvariantCulture), Convert.ToDouble(actual, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));
    }
}
