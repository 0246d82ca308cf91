using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Tests.Documentation;

// The batch resolver example of docs/graphql-execution.md, as the doc shows it.

public sealed record Member(int Id, string Name);

public interface ITagStore
{
    Task<IReadOnlyDictionary<int, string>> TagsAsync(IReadOnlyList<int> memberIds, CancellationToken cancellationToken);
}

public static class MemberSchema
{
    public static Schema Create(IReadOnlyList<Member> members, ITagStore tags) => SchemaBuilder.New()
        .AddDocumentFromString("type Query { members: [Member] member(id: Int!): Member } type Member { id: Int! name: String tag: String }")
        .AddResolver("Query", "members", _ => ValueTask.FromResult<object?>(members))
        .AddResolver("Query", "member", c => ValueTask.FromResult<object?>(members.FirstOrDefault(m => m.Id == c.ArgumentValue<int>("id"))))

        // Wherever the field is not on the items of a list: one member.
        .AddResolver("Member", "tag", async c =>
            (await tags.TagsAsync([c.Parent<Member>().Id], c.RequestAborted)).GetValueOrDefault(c.Parent<Member>().Id))

        // On the items of a list: one call for all of them, one context per item, in order.
        .AddBatchResolver("Member", "tag", async contexts =>
        {
            var found = await tags.TagsAsync([.. contexts.Select(c => c.Parent<Member>().Id)], contexts[0].RequestAborted);
            return [.. contexts.Select(c => (object?)found.GetValueOrDefault(c.Parent<Member>().Id))];
        })
        .Create();
}
