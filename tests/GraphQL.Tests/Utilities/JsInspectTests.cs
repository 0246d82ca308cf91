using System.Text.Json;
using KtPortal.GraphQL.Utilities;

namespace KtPortal.GraphQL.Tests.Utilities;

public sealed class JsInspectTests
{
    private enum Shade
    {
        Dark,
    }

    [Fact]
    public void Inspect_PlainObject_PrintsItsPropertiesCamelCased()
        => Assert.Equal("{ name: \"Odie\", age: 3 }", JsInspect.Inspect(new Pet("Odie", 3)));

    [Fact]
    public void Inspect_ObjectWithoutProperties_PrintsAnEmptyObject()
        => Assert.Equal("{}", JsInspect.Inspect(new object()));

    [Fact]
    public void Inspect_Enum_PrintsItsNameAsAString()
        => Assert.Equal("\"Dark\"", JsInspect.Inspect(Shade.Dark));

    [Fact]
    public void Inspect_ValueWithATextForm_PrintsTheText()
        => Assert.Equal("https://example.com/", JsInspect.Inspect(new Uri("https://example.com")));

    [Fact]
    public void Inspect_Integers_PrintExactly()
        => Assert.Equal("9007199254740993", JsInspect.Inspect(9_007_199_254_740_993L));

    [Fact]
    public void Inspect_Float_PrintsItsShortestDigits()
        => Assert.Equal("[0.1]", JsInspect.Inspect(new[] { 0.1f }));

    [Fact]
    public void Inspect_DeepValues_StopAtTwoLevels()
        => Assert.Equal(
            "{ a: { b: [Object] }, list: [[Array]] }",
            JsInspect.Inspect(JsonDocument.Parse("""{"a":{"b":{"c":1}},"list":[[[1]]]}""").RootElement));

    [Fact]
    public void Inspect_LongLists_ShowTenItems()
        => Assert.Equal("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, ... 2 more items]", JsInspect.Inspect(Enumerable.Range(0, 12).ToList()));

    [Fact]
    public void Inspect_Strings_AreEscapedAsJsonStringifyDoes()
        => Assert.Equal("\"a\\\"b\\n\\u0001é\"", JsInspect.Inspect("a\"b\n\u0001é"));

    private sealed record Pet(string Name, int Age);
}
