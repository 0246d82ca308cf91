using System.Text.Json;
using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Tests.Scalars;

public sealed class ExtendedScalarsTests
{
    [Fact]
    public void All_ListsTheSixScalarsWithDescriptionsAndSpecifiedByUrls()
    {
        Assert.Equal(["DateTime", "Date", "Decimal", "UUID", "URL", "JSON"], ExtendedScalars.All.Select(s => s.Name));
        Assert.All(ExtendedScalars.All, s =>
        {
            Assert.False(string.IsNullOrEmpty(s.Description));
            Assert.StartsWith("https://", s.SpecifiedByUrl, StringComparison.Ordinal);
        });
        Assert.Equal("https://scalars.graphql.org/andimarek/date-time.html", DateTimeType.Instance.SpecifiedByUrl);
    }

    [Theory]
    [InlineData(typeof(string), "String")]
    [InlineData(typeof(int), "Int")]
    [InlineData(typeof(short), "Int")]
    [InlineData(typeof(byte), "Int")]
    [InlineData(typeof(double), "Float")]
    [InlineData(typeof(float), "Float")]
    [InlineData(typeof(bool), "Boolean")]
    [InlineData(typeof(decimal), "Decimal")]
    [InlineData(typeof(Guid), "UUID")]
    [InlineData(typeof(DateTimeOffset), "DateTime")]
    [InlineData(typeof(DateTime), "DateTime")]
    [InlineData(typeof(DateOnly), "Date")]
    [InlineData(typeof(Uri), "URL")]
    [InlineData(typeof(JsonElement), "JSON")]
    [InlineData(typeof(int?), "Int")]
    [InlineData(typeof(Guid?), "UUID")]
    public void TryGetScalarFor_MapsClrTypes(Type clrType, string scalar)
    {
        Assert.True(ExtendedScalars.TryGetScalarFor(clrType, out var found));
        Assert.Equal(scalar, found.Name);
    }

    [Theory]
    [InlineData(typeof(long))]
    [InlineData(typeof(object))]
    [InlineData(typeof(List<int>))]
    public void TryGetScalarFor_UnknownTypes_ReturnsFalse(Type clrType)
        => Assert.False(ExtendedScalars.TryGetScalarFor(clrType, out _));

    [Theory]
    [InlineData("2024-05-01T13:45:30Z", "2024-05-01T13:45:30.000Z")]
    [InlineData("2024-05-01t13:45:30.5z", "2024-05-01T13:45:30.500Z")]
    [InlineData("2024-05-01T13:45:30.123456789+02:00", "2024-05-01T13:45:30.123+02:00")]
    [InlineData("2024-02-29T00:00:00-05:30", "2024-02-29T00:00:00.000-05:30")]
    [InlineData("2024-05-01T13:45:30+00:00", "2024-05-01T13:45:30.000Z")]
    public void DateTime_ParsesRfc3339AndPrintsMillisecondsKeepingTheOffset(string input, string output)
    {
        var value = Assert.IsType<DateTimeOffset>(DateTimeType.Instance.ParseLiteral(new StringValueNode(null, input, false)));

        Assert.Equal(output, DateTimeType.Instance.Serialize(value));
        Assert.Equal(value, DateTimeType.Instance.ParseValue(input));
    }

    [Theory]
    [InlineData("2024-05-01T13:45:30")]
    [InlineData("2024-05-01 13:45:30Z")]
    [InlineData("2024-02-30T00:00:00Z")]
    [InlineData("2024-05-01T24:00:00Z")]
    [InlineData("2024-05-01T13:45:30.Z")]
    [InlineData("2024-05-01T13:45:30+15:00")]
    [InlineData("2024-5-01T13:45:30Z")]
    [InlineData("0000-01-01T00:00:00Z")]
    [InlineData("")]
    public void DateTime_InvalidStrings_FailWithSpecStyleMessages(string input)
    {
        var expected = $"DateTime cannot represent an invalid date-time string: \"{input}\"";

        Assert.Equal(expected, Assert.Throws<CoercionException>(() => DateTimeType.Instance.ParseLiteral(new StringValueNode(null, input, false))).Message);
        Assert.Equal(expected, Assert.Throws<CoercionException>(() => DateTimeType.Instance.ParseValue(input)).Message);
        Assert.Equal(expected, Assert.Throws<CoercionException>(() => DateTimeType.Instance.Serialize(input)).Message);
    }

    [Fact]
    public void DateTime_NonStrings_FailWithSpecStyleMessages()
    {
        Assert.Equal(
            "DateTime cannot represent a non string value: 20240501",
            Assert.Throws<CoercionException>(() => DateTimeType.Instance.ParseLiteral(Utf8GraphQLParser.ParseValue("20240501"))).Message);
        Assert.Equal(
            "DateTime cannot represent a non string value: 1.5",
            Assert.Throws<CoercionException>(() => DateTimeType.Instance.ParseValue(1.5)).Message);
        Assert.Equal(
            "DateTime cannot represent value: 42",
            Assert.Throws<CoercionException>(() => DateTimeType.Instance.Serialize(42)).Message);
        Assert.Equal(
            "DateTime cannot represent a non string value: 42",
            DateTimeType.Instance.ValidateLiteral(Utf8GraphQLParser.ParseValue("42")));
    }

    [Fact]
    public void DateTime_SerializesDateTimeWithAKindAndRefusesUnspecified()
    {
        Assert.Equal("2024-05-01T13:45:30.250Z", DateTimeType.Instance.Serialize(new DateTime(2024, 5, 1, 13, 45, 30, 250, DateTimeKind.Utc)));
        Assert.Equal(
            "DateTime cannot represent a date-time without an offset: 2024-05-01T13:45:30.0000000",
            Assert.Throws<CoercionException>(() => DateTimeType.Instance.Serialize(new DateTime(2024, 5, 1, 13, 45, 30, DateTimeKind.Unspecified))).Message);
    }

    [Fact]
    public void DateTime_ReadsJsonStringsAndRuntimeValues()
    {
        var expected = new DateTimeOffset(2024, 5, 1, 13, 45, 30, TimeSpan.FromHours(2));

        Assert.Equal(expected, DateTimeType.Instance.ParseValue(JsonDocument.Parse("\"2024-05-01T13:45:30+02:00\"").RootElement));
        Assert.Equal(expected, DateTimeType.Instance.ParseValue(expected));
    }

    [Fact]
    public void Date_CoercesFullDates()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), DateType.Instance.ParseLiteral(new StringValueNode(null, "2024-02-29", false)));
        Assert.Equal("2024-02-29", DateType.Instance.Serialize(new DateOnly(2024, 2, 29)));
        Assert.Equal("2024-02-29", DateType.Instance.Serialize("2024-02-29"));
        Assert.Equal(
            "Date cannot represent an invalid date string: \"2023-02-29\"",
            Assert.Throws<CoercionException>(() => DateType.Instance.ParseValue("2023-02-29")).Message);
        Assert.Equal(
            "Date cannot represent an invalid date string: \"2024-02-29T00:00:00Z\"",
            Assert.Throws<CoercionException>(() => DateType.Instance.ParseValue("2024-02-29T00:00:00Z")).Message);
        Assert.Equal(
            "Date cannot represent a non string value: true",
            Assert.Throws<CoercionException>(() => DateType.Instance.ParseLiteral(new BooleanValueNode(null, true))).Message);
        Assert.Equal(
            "Date cannot represent value: 1",
            Assert.Throws<CoercionException>(() => DateType.Instance.Serialize(1)).Message);
    }

    [Theory]
    [InlineData("0.1", "0.1")]
    [InlineData("12.50", "12.50")]
    [InlineData("1e3", "1000")]
    [InlineData("-79228162514264337593543950335", "-79228162514264337593543950335")]
    [InlineData("\"3.14159265358979323846264338\"", "3.14159265358979323846264338")]
    public void Decimal_ReadsLiteralTextWithoutDoubles(string literal, string expected)
    {
        var value = Assert.IsType<decimal>(DecimalType.Instance.ParseLiteral(Utf8GraphQLParser.ParseValue(literal)));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(expected, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Decimal_ReadsJsonNumbersFromTheirTextAndWritesExactNumbers()
    {
        var value = DecimalType.Instance.ParseValue(JsonDocument.Parse("0.30000000000000000001").RootElement);

        Assert.Equal(0.30000000000000000001m, value);
        Assert.Equal(0.1m, DecimalType.Instance.ParseValue(0.1));
        Assert.Equal(7m, DecimalType.Instance.ParseValue(7));
        Assert.Equal(12.50m, DecimalType.Instance.Serialize(12.50m));
        Assert.Equal("12.50", JsonSerializer.Serialize(DecimalType.Instance.Serialize(12.50m)));
    }

    [Fact]
    public void Decimal_OutOfRangeAndNonNumeric_Fail()
    {
        Assert.Equal(
            "Decimal cannot represent a value outside its range: 1e30",
            Assert.Throws<CoercionException>(() => DecimalType.Instance.ParseLiteral(Utf8GraphQLParser.ParseValue("1e30"))).Message);
        Assert.Equal(
            "Decimal cannot represent a value outside its range: 79228162514264337593543950336",
            Assert.Throws<CoercionException>(() => DecimalType.Instance.ParseValue(JsonDocument.Parse("79228162514264337593543950336").RootElement)).Message);
        Assert.Equal(
            "Decimal cannot represent non numeric value: \"abc\"",
            Assert.Throws<CoercionException>(() => DecimalType.Instance.ParseValue("abc")).Message);
        Assert.Equal(
            "Decimal cannot represent non numeric value: true",
            Assert.Throws<CoercionException>(() => DecimalType.Instance.ParseLiteral(new BooleanValueNode(null, true))).Message);
        Assert.Equal(
            "Decimal cannot represent non numeric value: NaN",
            Assert.Throws<CoercionException>(() => DecimalType.Instance.Serialize(double.NaN)).Message);
    }

    [Theory]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData("0F8FAD5B-D9CB-469F-A165-70867728950E")]
    [InlineData("0f8fad5bd9cb469fa16570867728950e")]
    public void Uuid_AcceptsHyphenatedAndPlainFormsAndPrintsLowercaseHyphenated(string input)
    {
        var value = Assert.IsType<Guid>(UuidType.Instance.ParseValue(input));

        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", UuidType.Instance.Serialize(value));
    }

    [Theory]
    [InlineData("{0f8fad5b-d9cb-469f-a165-70867728950e}")]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950")]
    [InlineData("not-a-uuid")]
    public void Uuid_OtherForms_Fail(string input)
        => Assert.Equal(
            $"UUID cannot represent an invalid UUID string: \"{input}\"",
            Assert.Throws<CoercionException>(() => UuidType.Instance.ParseLiteral(new StringValueNode(null, input, false))).Message);

    [Theory]
    [InlineData("https://example.com/a?b=1", "https://example.com/a?b=1")]
    [InlineData("HTTP://Example.com", "http://example.com/")]
    [InlineData("mailto:support@example.com", "mailto:support@example.com")]
    [InlineData("urn:isbn:0451450523", "urn:isbn:0451450523")]
    public void Url_AcceptsAbsoluteUris(string input, string output)
    {
        var value = Assert.IsType<Uri>(UrlType.Instance.ParseValue(input));

        Assert.Equal(output, UrlType.Instance.Serialize(value));
    }

    [Theory]
    [InlineData("/relative/path")]
    [InlineData("example.com")]
    [InlineData("")]
    [InlineData("http://")]
    public void Url_RelativeOrMalformed_Fail(string input)
        => Assert.Equal(
            $"URL cannot represent an invalid URL string: \"{input}\"",
            Assert.Throws<CoercionException>(() => UrlType.Instance.ParseValue(input)).Message);

    [Fact]
    public void Url_RelativeUriResult_Fails()
        => Assert.Equal(
            "URL cannot represent an invalid URL string: \"a/b\"",
            Assert.Throws<CoercionException>(() => UrlType.Instance.Serialize(new Uri("a/b", UriKind.Relative))).Message);

    [Fact]
    public void Json_ConvertsLiteralsWithEnumsAsStringsAndExactNumbers()
    {
        var literal = Utf8GraphQLParser.ParseValue("""{a: [1, 2.50, "x", true, null, RED], b: {c: 12345678901234567890}}""");

        var value = Assert.IsType<JsonElement>(JsonType.Instance.ParseLiteral(literal));

        Assert.Equal("""{"a":[1,2.50,"x",true,null,"RED"],"b":{"c":12345678901234567890}}""", value.GetRawText());
        Assert.Null(JsonType.Instance.ValidateLiteral(literal));
    }

    [Fact]
    public void Json_ConvertsVariablesAndResults()
    {
        var element = JsonDocument.Parse("""{"x":[1,"y"]}""").RootElement;
        var clr = new Dictionary<string, object?> { ["n"] = 1.5, ["list"] = new List<object?> { "a", null, true, 2L, 3m } };

        Assert.Equal(element, JsonType.Instance.ParseValue(element));
        Assert.Equal("""{"n":1.5,"list":["a",null,true,2,3]}""", Assert.IsType<JsonElement>(JsonType.Instance.ParseValue(clr)).GetRawText());
        Assert.Equal("\"text\"", Assert.IsType<JsonElement>(JsonType.Instance.Serialize("text")).GetRawText());
        Assert.Same(element.GetType(), JsonType.Instance.Serialize(element)!.GetType());
    }

    [Fact]
    public void Json_ValuesWithoutAJsonForm_Fail()
        => Assert.Equal(
            "JSON cannot represent value: {}",
            Assert.Throws<CoercionException>(() => JsonType.Instance.Serialize(new object())).Message);
}
