using KtPortal.GraphQL.Types;
using static KtPortal.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace KtPortal.GraphQL.Tests.Execution;

public sealed class DefaultResolverTests
{
    private static readonly Schema Schema = Builder("type Thing { name: String count: Int missing: String } type Query { thing: Thing things: [Thing] }")
        .Create();

    [Fact]
    public async Task ReadsDictionaryEntries()
        => Assert.Equal(
            Json("{'data':{'thing':{'name':'d','count':2,'missing':null}}}"),
            await Schema.RunAsync("{ thing { name count missing } }", rootValue: new Dictionary<string, object?>
            {
                ["thing"] = new Dictionary<string, object?> { ["name"] = "d", ["count"] = 2 },
            }));

    [Fact]
    public async Task ReadsPublicPropertiesAndFields_CaseInsensitively_AcrossClrTypes()
        => Assert.Equal(
            Json("{'data':{'things':[{'name':'p','count':1},{'name':'f','count':7},null]}}"),
            await Schema.RunAsync("{ things { name count } }", rootValue: new Root([new PropertyThing("p", 1), new FieldThing(), null])));

    private sealed record Root(IReadOnlyList<object?> Things);

    private sealed record PropertyThing(string Name, int Count);

    private sealed class FieldThing
    {
        public string NAME = "f";
        public int count = 7;
    }
}
