using System.Text.Json;
using System.Text.Json.Nodes;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Tests.Scalars;

// Scalars as a request sees them: literals, JSON variables and resolver results through the executor.
public sealed class ScalarExecutionTests
{
    private static readonly Schema Schema = SchemaBuilder.New()
        .AddDocumentFromString("""
            scalar DateTime
            scalar Date
            scalar Decimal
            scalar UUID
            scalar URL
            scalar JSON

            type Query {
              int(v: Int): Int
              float(v: Float): Float
              id(v: ID): ID
              string(v: String): String
              dateTime(v: DateTime): DateTime
              date(v: Date): Date
              decimal(v: Decimal): Decimal
              uuid(v: UUID): UUID
              url(v: URL): URL
              json(v: JSON): JSON
              tooBig: Int
              notANumber: Float
              unspecified: DateTime
            }
            """)
        .AddScalar(DateTimeType.Instance)
        .AddScalar(DateType.Instance)
        .AddScalar(DecimalType.Instance)
        .AddScalar(UuidType.Instance)
        .AddScalar(UrlType.Instance)
        .AddScalar(JsonType.Instance)
        .AddResolver("Query", "int", Echo)
        .AddResolver("Query", "float", Echo)
        .AddResolver("Query", "id", Echo)
        .AddResolver("Query", "string", Echo)
        .AddResolver("Query", "dateTime", Echo)
        .AddResolver("Query", "date", Echo)
        .AddResolver("Query", "decimal", Echo)
        .AddResolver("Query", "uuid", Echo)
        .AddResolver("Query", "url", Echo)
        .AddResolver("Query", "json", Echo)
        .AddResolver("Query", "tooBig", _ => new ValueTask<object?>(2147483648L))
        .AddResolver("Query", "notANumber", _ => new ValueTask<object?>(double.NaN))
        .AddResolver("Query", "unspecified", _ => new ValueTask<object?>(new DateTime(2024, 5, 1)))
        .Create();

    [Fact]
    public async Task Literals_CoerceAndSerialize()
    {
        var json = await Execute("""
            {
              int(v: 7) float(v: 1.5) id(v: 42) string(v: "s")
              dateTime(v: "2024-05-01T13:45:30.5+02:00") date(v: "2024-02-29")
              decimal(v: 0.30000000000000000001) uuid(v: "0F8FAD5BD9CB469FA16570867728950E")
              url(v: "https://example.com/a b") json(v: {a: [1, 2.5, RED, null]})
            }
            """);

        Assert.Equal(
            """{"data":{"int":7,"float":1.5,"id":"42","string":"s","dateTime":"2024-05-01T13:45:30.500+02:00","date":"2024-02-29","decimal":0.30000000000000000001,"uuid":"0f8fad5b-d9cb-469f-a165-70867728950e","url":"https://example.com/a%20b","json":{"a":[1,2.5,"RED",null]}}}""",
            json);
    }

    [Fact]
    public async Task JsonVariables_CoerceAsJsonParseValuesWould()
    {
        var variables = JsonDocument.Parse("""{"i": 1.0, "f": 2, "id": 5, "d": 12.50, "j": {"x": [true]}, "t": "2024-05-01T00:00:00Z"}""").RootElement;
        var json = await Execute(
            "query ($i: Int, $f: Float, $id: ID, $d: Decimal, $j: JSON, $t: DateTime) { int(v: $i) float(v: $f) id(v: $id) decimal(v: $d) json(v: $j) dateTime(v: $t) }",
            variables.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value));

        Assert.Equal(
            """{"data":{"int":1,"float":2,"id":"5","decimal":12.50,"json":{"x":[true]},"dateTime":"2024-05-01T00:00:00.000Z"}}""",
            json);
    }

    [Theory]
    [InlineData("{ int(v: 2147483648) }", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("{ float(v: \"1\") }", "Float cannot represent non numeric value: \"1\"")]
    [InlineData("{ dateTime(v: \"2024-05-01\") }", "DateTime cannot represent an invalid date-time string: \"2024-05-01\"")]
    [InlineData("{ uuid(v: 1) }", "UUID cannot represent a non string value: 1")]
    [InlineData("{ decimal(v: 1e30) }", "Decimal cannot represent a value outside its range: 1e30")]
    public async Task InvalidLiterals_FailValidationWithTheScalarsMessage(string query, string message)
        => Assert.Contains(ErrorMessages(await Execute(query)), m => m.Contains(message, StringComparison.Ordinal));

    [Theory]
    [InlineData("int", "Int", "2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("int", "Int", "1.5", "Int cannot represent non-integer value: 1.5")]
    [InlineData("string", "String", "true", "String cannot represent a non string value: true")]
    [InlineData("url", "URL", "\"/relative\"", "URL cannot represent an invalid URL string: \"/relative\"")]
    public async Task InvalidVariables_FailWithTheScalarsMessage(string field, string type, string value, string message)
    {
        var variables = new Dictionary<string, object?> { ["v"] = JsonDocument.Parse(value).RootElement };

        var json = await Execute($"query ($v: {type}) {{ {field}(v: $v) }}", variables);

        Assert.Contains(ErrorMessages(json), m => m.EndsWith(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("tooBig", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("notANumber", "Float cannot represent non numeric value: NaN")]
    [InlineData("unspecified", "DateTime cannot represent a date-time without an offset: 2024-05-01T00:00:00.0000000")]
    public async Task UnrepresentableResults_AreFieldErrors(string field, string message)
    {
        using var json = JsonDocument.Parse(await Execute($"{{ {field} }}"));

        var error = json.RootElement.GetProperty("errors")[0];
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(field, error.GetProperty("path")[0].GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("data").GetProperty(field).ValueKind);
    }

    // graphql-js 16 graphqlSync on the same schema gives these responses; ours add extensions.code to errors.
    [Theory]
    [InlineData("query ($v: Int) { int(v: $v) }", "1.5", "{\"errors\":[{\"message\":\"Variable \\\"$v\\\" got invalid value 1.5; Int cannot represent non-integer value: 1.5\",\"locations\":[{\"line\":1,\"column\":8}]}]}")]
    [InlineData("{ tooBig }", null, "{\"errors\":[{\"message\":\"Int cannot represent non 32-bit signed integer value: 2147483648\",\"locations\":[{\"line\":1,\"column\":3}],\"path\":[\"tooBig\"]}],\"data\":{\"tooBig\":null}}")]
    [InlineData("{ int(v: 2147483648) }", null, "{\"errors\":[{\"message\":\"Int cannot represent non 32-bit signed integer value: 2147483648\",\"locations\":[{\"line\":1,\"column\":10}]}]}")]
    public async Task Responses_EqualGraphQLJs(string query, string? variable, string expected)
    {
        var variables = variable is null ? null : new Dictionary<string, object?> { ["v"] = JsonDocument.Parse(variable).RootElement };

        var actual = JsonNode.Parse(await Execute(query, variables))!;
        foreach (var error in actual["errors"]!.AsArray())
        {
            error!.AsObject().Remove("extensions");
        }

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), actual.ToJsonString());
    }

    private static List<string> ErrorMessages(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()!)];
    }

    private static ValueTask<object?> Echo(IResolverContext context) => new(context.ArgumentValue("v"));

    private static async Task<string> Execute(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var executor = new RequestExecutor(Schema);
        await using var result = await executor.ExecuteAsync(new OperationRequest { Query = query, VariableValues = variables });
        return Assert.IsType<OperationResult>(result).ToJson();
    }
}
