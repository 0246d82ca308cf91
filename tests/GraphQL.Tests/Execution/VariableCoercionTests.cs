using System.Text.Json;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;
using static KtPortal.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace KtPortal.GraphQL.Tests.Execution;

/// <summary>Expected messages are graphql-js 16 output for the same schema and variables.</summary>
public sealed class VariableCoercionTests
{
    private static readonly Schema Inputs = Builder("""
        input Point { x: Int! y: Int = 5 tags: [String!] }
        input One @oneOf { a: String b: Int c: Color }
        enum Color { RED GREEN }
        type Query {
          point(p: Point): String
          one(o: One): String
          color(c: Color): String
          list(l: [Int]): String
        }
        """)
        .AddResolver("Query", "point", Echo("p"))
        .AddResolver("Query", "one", Echo("o"))
        .AddResolver("Query", "color", Echo("c"))
        .AddResolver("Query", "list", Echo("l"))
        .BindEnumValues("Color", typeof(ConsoleColor), new Dictionary<string, object> { ["RED"] = ConsoleColor.Red, ["GREEN"] = ConsoleColor.Green })
        .Create();

    public static TheoryData<string, string, string> InvalidVariables => new()
    {
        {
            "query($p: Point!) { point(p: $p) }",
            "{}",
            "{'errors':[{'message':'Variable \\\"$p\\\" of required type \\\"Point!\\\" was not provided.','locations':[{'line':1,'column':7}],'extensions':{'code':'VARIABLE_INVALID'}}]}"
        },
        {
            "query($p: Point!) { point(p: $p) }",
            "{'p':null}",
            "{'errors':[{'message':'Variable \\\"$p\\\" of non-null type \\\"Point!\\\" must not be null.','locations':[{'line':1,'column':7}],'extensions':{'code':'VARIABLE_INVALID'}}]}"
        },
        {
            "query($p: Point) { point(p: $p) }",
            "{'p':{'x':1,'z':2,'tags':['a',null]}}",
            "{'errors':[{'message':'Variable \\\"$p\\\" got invalid value null at \\\"p.tags[1]\\\"; Expected non-nullable type \\\"String!\\\" not to be null.','locations':[{'line':1,'column':7}],'extensions':{'code':'VARIABLE_INVALID'}},{'message':'Variable \\\"$p\\\" got invalid value { x: 1, z: 2, tags: [\\\"a\\\", null] }; Field \\\"z\\\" is not defined by type \\\"Point\\\". Did you mean \\\"x\\\" or \\\"y\\\"?','locations':[{'line':1,'column':7}],'extensions':{'code':'VARIABLE_INVALID'}}]}"
        },
        {
            "query($p: Point) { point(p: $p) }",
            "{'p':{'y':2}}",
            "{'errors':[{'message':'Variable \\\"$p\\\" got invalid value { y: 2 }; Field \\\"x\\\" of required type \\\"Int!\\\" was not provided.','locations':[{'line':1,'column':7}],'extensions':{'code':'VARIABLE_INVALID'}}]}"
        },
        {
            "query($p: Point) { point(p: $p) }",
            "{'p':3}",
            "{'errors':[{'message':'Variable \\\"$p\\\" got invalid value 3; Expected type \\\"Point\\\" to be an object.','locations':[{'line':1,'column':7}],'extensions':{'code':'VARIABLE_INVALID'}}]}"
        },
        {
            "query($o: One) { one(o: $o) }",
            "{'o':{'a':'x','b':1}}",
            "{'errors':[{'message':'Variable \\\"$o\\\" got invalid value { a: \\\"x\\\", b: 1 }; Exactly one key must be specified for OneOf type \\\"One\\\".','locations':[{'line':1,'column':7}],'extensions':{'code':'VARIABLE_INVALID'}}]}"
        },
        {
            "query($o: One) { one(o: $o) }",
            "{'o':{'a':null}}",
            "{'errors':[{'message':'Variable \\\"$o\\\" got invalid value null at \\\"o.a\\\"; Field \\\"a\\\" must be non-null.','locations':[{'line':1,'column':7}],'extensions':{'code':'VARIABLE_INVALID'}}]}"
        },
        {
            "query($c: Color) { color(c: $c) }",
            "{'c':'GREN'}",
            "{'errors':[{'message':'Variable \\\"$c\\\" got invalid value \\\"GREN\\\"; Value \\\"GREN\\\" does not exist in \\\"Color\\\" enum. Did you mean the enum value \\\"GREEN\\\" or \\\"RED\\\"?','locations':[{'line':1,'column':7}],'extensions':{'code':'VARIABLE_INVALID'}}]}"
        },
        {
            "query($c: Color) { color(c: $c) }",
            "{'c':1}",
            "{'errors':[{'message':'Variable \\\"$c\\\" got invalid value 1; Enum \\\"Color\\\" cannot represent non-string value: 1.','locations':[{'line':1,'column':7}],'extensions':{'code':'VARIABLE_INVALID'}}]}"
        },
    };

    [Fact]
    public async Task OneOf_WithAnInvalidField_ReportsOnlyThatField()
        => Assert.Equal(
            Json("{'errors':[{'message':'Variable \\\"$o\\\" got invalid value \\\"BLUE\\\" at \\\"o.c\\\"; Value \\\"BLUE\\\" does not exist in \\\"Color\\\" enum.','locations':[{'line':1,'column':7}],'extensions':{'code':'VARIABLE_INVALID'}}]}"),
            await Inputs.RunAsync("query($o: One) { one(o: $o) }", new Dictionary<string, object?> { ["o"] = new Dictionary<string, object?> { ["c"] = "BLUE" } }));

    [Theory]
    [MemberData(nameof(InvalidVariables))]
    public async Task InvalidVariables_FailTheRequest_AsGraphQLJsWordsIt_FromJsonElements(string query, string variablesJson, string expected)
        => Assert.Equal(Json(expected), await Inputs.RunAsync(query, JsonVariables(variablesJson)));

    [Theory]
    [MemberData(nameof(InvalidVariables))]
    public async Task InvalidVariables_FailTheRequest_AsGraphQLJsWordsIt_FromClrValues(string query, string variablesJson, string expected)
        => Assert.Equal(Json(expected), await Inputs.RunAsync(query, ClrVariables(variablesJson)));

    [Fact]
    public async Task InputObject_GetsFieldDefaults_AndOnlyGivenFields()
        => Assert.Equal(
            Json("{'data':{'point':'{\\\"x\\\":1,\\\"y\\\":5}'}}"),
            await Inputs.RunAsync("query($p: Point) { point(p: $p) }", new Dictionary<string, object?> { ["p"] = new Dictionary<string, object?> { ["x"] = 1 } }));

    [Fact]
    public async Task List_AcceptsASingleValue_AsAListOfOne()
        => Assert.Equal(Json("{'data':{'list':'[4]'}}"), await Inputs.RunAsync("query($l: [Int]) { list(l: $l) }", new Dictionary<string, object?> { ["l"] = 4 }));

    [Fact]
    public async Task Enum_CoercesByNameToItsRuntimeValue()
        => Assert.Equal(Json("{'data':{'color':'10'}}"), await Inputs.RunAsync("query($c: Color) { color(c: $c) }", new Dictionary<string, object?> { ["c"] = "GREEN" }));

    [Fact]
    public async Task InputObject_WithRuntimeFactory_BuildsTheClrValue()
    {
        var schema = Builder("input Point { x: Int! y: Int = 5 } type Query { point(p: Point): String }")
            .BindInputObject("Point", typeof(Point), fields => new Point((int)fields["x"]!, (int)fields["y"]!))
            .AddResolver("Query", "point", context => ValueTask.FromResult<object?>(context.ArgumentValue<Point>("p").ToString()))
            .Create();

        Assert.Equal(
            Json("{'data':{'point':'Point { X = 1, Y = 5 }'}}"),
            await schema.RunAsync("query($p: Point) { point(p: $p) }", new Dictionary<string, object?> { ["p"] = new Dictionary<string, object?> { ["x"] = 1 } }));
        Assert.Equal(Json("{'data':{'point':'Point { X = 2, Y = 3 }'}}"), await schema.RunAsync("{ point(p: { x: 2, y: 3 }) }"));
    }

    [Fact]
    public async Task VariableDefault_IsUsedWhenNotProvided()
        => Assert.Equal(Json("{'data':{'color':'12'}}"), await Inputs.RunAsync("query($c: Color = RED) { color(c: $c) }"));

    private static FieldResolverDelegate Echo(string argument)
        => context => ValueTask.FromResult<object?>(
            context.ArgumentValue(argument) switch
            {
                null => null,
                Enum value => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture),
                var value => JsonSerializer.Serialize(value),
            });

    private static Dictionary<string, object?> JsonVariables(string json)
    {
        var root = JsonDocument.Parse(Json(json)).RootElement;
        var variables = new Dictionary<string, object?>();
        foreach (var property in root.EnumerateObject())
        {
            variables[property.Name] = property.Value.Clone();
        }

        return variables;
    }

    private static Dictionary<string, object?> ClrVariables(string json)
        => (Dictionary<string, object?>)ToClr(JsonDocument.Parse(Json(json)).RootElement)!;

    private static object? ToClr(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToClr(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Select(ToClr).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetInt32(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private sealed record Point(int X, int Y);
}
