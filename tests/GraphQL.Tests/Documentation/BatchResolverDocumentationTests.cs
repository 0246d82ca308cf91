using KtPortal.GraphQL.Tests.Execution;

namespace KtPortal.GraphQL.Tests.Documentation;

/// <summary>The batch resolver example in docs/graphql-execution.md builds and does what the doc says.</summary>
public sealed class BatchResolverDocumentationTests
{
    private static readonly Member[] Members = [new(1, "Ada"), new(2, "Grace"), new(3, "Edsger")];

    [Fact]
    public async Task TheBatchResolver_TagsEveryMemberOfTheListInOneCall()
    {
        var store = new TagStore();

        var json = await MemberSchema.Create(Members, store).RunAsync("{ members { name tag } }");

        Assert.Equal(
            """{"data":{"members":[{"name":"Ada","tag":"admin"},{"name":"Grace","tag":null},{"name":"Edsger","tag":"guest"}]}}""",
            json);
        Assert.Equal([[1, 2, 3]], store.Calls);
    }

    [Fact]
    public async Task OneMember_UsesTheOrdinaryResolver()
    {
        var store = new TagStore();

        var json = await MemberSchema.Create(Members, store).RunAsync("{ member(id: 3) { tag } }");

        Assert.Equal("""{"data":{"member":{"tag":"guest"}}}""", json);
        Assert.Equal([[3]], store.Calls);
    }

    private sealed class TagStore : ITagStore
    {
        private static readonly Dictionary<int, string> Tags = new() { [1] = "admin", [3] = "guest" };

        public List<int[]> Calls { get; } = [];

        public Task<IReadOnlyDictionary<int, string>> TagsAsync(IReadOnlyList<int> memberIds, CancellationToken cancellationToken)
        {
            lock (Calls)
            {
                Calls.Add([.. memberIds]);
            }

            return Task.FromResult<IReadOnlyDictionary<int, string>>(memberIds.Where(Tags.ContainsKey).ToDictionary(id => id, id => Tags[id]));
        }
    }
}
