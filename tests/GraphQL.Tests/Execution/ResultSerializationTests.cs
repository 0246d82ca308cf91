using System.Text.Json;
using KtPortal.GraphQL.Execution;
using static KtPortal.GraphQL.Tests.Execution.ExecutionTestHelpers;
using KtPortal.GraphQL.Utilities;

namespace KtPortal.GraphQL.Tests.Execution;

public sealed class ResultSerializationTests
{
    [Theory]
    [InlineData(1.0, "1")]
    [InlineData(-2.0, "-2")]
    [InlineData(1.5, "1.5")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(123456789.125, "123456789.125")]
    public void JsNumber_FormatsLikeJavaScript(double value, string expected)
        => Assert.Equal(expected, JsNumber.Format(value));

    [Fact]
    public void WriteTo_WritesErrorsThenDataThenExtensions()
    {
        var data = new Dictionary<string, object?> { ["a"] = 1.0 };
        var result = new OperationResult(
            data,
            hasData: true,
            [new GraphQLError("boom") { Locations = [new ErrorLocation(1, 3)], Path = ["a", 0], Code = "X", Extensions = new Dictionary<string, object?> { ["detail"] = 2m } }],
            new Dictionary<string, object?> { ["cost"] = 7 });

        Assert.Equal(
            Json("{'errors':[{'message':'boom','locations':[{'line':1,'column':3}],'path':['a',0],'extensions':{'code':'X','detail':2}}],'data':{'a':1},'extensions':{'cost':7}}"),
            result.ToJson());
    }

    [Fact]
    public void WriteTo_OmitsEmptyLocationsNullPathAndEmptyExtensions()
    {
        var result = OperationResult.FromErrors([new GraphQLError("Must provide an operation.")]);

        Assert.False(result.HasData);
        Assert.Equal(Json("{'errors':[{'message':'Must provide an operation.'}]}"), result.ToJson());
    }

    [Fact]
    public void WriteTo_WritesSerializedLeafShapes()
    {
        var data = new Dictionary<string, object?>
        {
            ["json"] = JsonDocument.Parse("{\"x\":[1,true]}").RootElement,
            ["dict"] = new Dictionary<string, object?> { ["k"] = "v" },
            ["list"] = new List<object?> { 1L, null },
            ["nan"] = double.NaN,
        };
        var result = new OperationResult(data, hasData: true, [], null);

        Assert.Equal(Json("{'data':{'json':{'x':[1,true]},'dict':{'k':'v'},'list':[1,null],'nan':null}}"), result.ToJson());
    }

    [Fact]
    public void ToJson_Indented_IsStillTheSameDocument()
    {
        var result = OperationResult.FromErrors([new GraphQLError("x")]);

        var indented = result.ToJson(indented: true);

        Assert.Contains('\n', indented);
        Assert.Equal(result.ToJson(), JsonSerializer.Serialize(JsonDocument.Parse(indented).RootElement));
    }
}
