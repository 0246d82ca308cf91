using System.Text.Json;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Tests.Validation.Overlapping;

/// <summary>
/// Every case of <c>reference.mjs</c>, with graphql-js 16.15's messages and locations recorded in
/// <c>expected.json</c>: the rule must reproduce them word for word and in the same order.
/// <c>OVERLAP_REFERENCE</c> points the suite at a longer, generated campaign instead.
/// </summary>
public sealed class OverlappingFieldsReferenceTests
{
    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in Cases.Value.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Rule_MatchesGraphQLJs(string name)
    {
        var (document, expected, schema) = Cases.Value[name];

        var (errors, _) = OverlappingFieldsTestHarness.Run(document, schema: schema);

        Assert.Equal(expected, OverlappingFieldsTestHarness.Format(errors));
    }

    [Fact]
    public void Errors_NameTheRule()
    {
        var errors = OverlappingFieldsTestHarness.Validate("{ dog { fido: name fido: nickname } }");

        var error = Assert.Single(errors);
        Assert.Equal("OverlappingFieldsCanBeMergedRule", error.Extensions!["rule"]);
        Assert.Equal("VALIDATION_FAILED", error.Code);
    }

    private static readonly Lazy<Dictionary<string, (string Document, string Expected, Schema? Schema)>> Cases = new(Load);

    private static Dictionary<string, (string Document, string Expected, Schema? Schema)> Load()
    {
        var path = Environment.GetEnvironmentVariable("OVERLAP_REFERENCE") ?? Path.Combine(OverlappingFieldsTestHarness.Directory, "expected.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var cases = new Dictionary<string, (string, string, Schema?)>(StringComparer.Ordinal);
        var schemas = new Dictionary<string, Schema>(StringComparer.Ordinal);
        foreach (var item in json.RootElement.GetProperty("cases").EnumerateArray())
        {
            // A case may bring its own schema; the suite's schema is the default.
            Schema? schema = null;
            if (item.TryGetProperty("schema", out var sdl))
            {
                var text = sdl.GetString()!;
                if (!schemas.TryGetValue(text, out schema))
                {
                    schema = SchemaBuilder.New().AddDocumentFromString(text).Create();
                    schemas.Add(text, schema);
                }
            }

            var lines = new List<string>();
            foreach (var error in item.GetProperty("errors").EnumerateArray())
            {
                var locations = error.GetProperty("locations").EnumerateArray()
                    .Select(static l => $"{l[0].GetInt32()}:{l[1].GetInt32()}");
                lines.Add(error.GetProperty("message").GetString() + " @ " + string.Join(" ", locations));
            }

            cases.Add(item.GetProperty("name").GetString()!, (item.GetProperty("document").GetString()!, string.Join("\n", lines), schema));
        }

        return cases;
    }
}
