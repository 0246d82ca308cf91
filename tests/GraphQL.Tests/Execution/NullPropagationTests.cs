using KtPortal.GraphQL.Types;
using static KtPortal.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace KtPortal.GraphQL.Tests.Execution;

public sealed class NullPropagationTests
{
    private static readonly Schema Lists = Builder("""
        type Item { id: Int! name: String }
        type Query {
          nullableItems: [Int]
          nonNullItems: [Int!]
          nonNullList: [Int]!
          strict: [Int!]!
          objects: [Item]
          holder: Holder
        }
        type Holder { strict: [Int!]! other: String }
        """)
        .AddResolver("Query", "nullableItems", Value(new object?[] { 1, null, 3 }))
        .AddResolver("Query", "nonNullItems", Value(new object?[] { 1, null, 3 }))
        .AddResolver("Query", "nonNullList", Value(null))
        .AddResolver("Query", "strict", Value(new object?[] { null }))
        .AddResolver("Query", "objects", Value(new object?[]
        {
            new Dictionary<string, object?> { ["id"] = 1, ["name"] = "a" },
            new Dictionary<string, object?> { ["id"] = null, ["name"] = "b" },
        }))
        .AddResolver("Query", "holder", Value(new Dictionary<string, object?> { ["strict"] = new object?[] { 1, null }, ["other"] = "o" }))
        .Create();

    [Fact]
    public async Task NullItem_InNullableList_StaysNull()
        => Assert.Equal(Json("{'data':{'nullableItems':[1,null,3]}}"), await Lists.RunAsync("{ nullableItems }"));

    [Fact]
    public async Task NullItem_InNonNullItemList_NullsTheList_WithTheItemPath()
        => Assert.Equal(
            Json("{'errors':[{'message':'Cannot return null for non-nullable field Query.nonNullItems.','locations':[{'line':1,'column':3}],'path':['nonNullItems',1],'extensions':{'code':'NON_NULL_VIOLATION'}}],'data':{'nonNullItems':null}}"),
            await Lists.RunAsync("{ nonNullItems }"));

    [Fact]
    public async Task NullNonNullList_NullsTheWholeData()
        => Assert.Equal(
            Json("{'errors':[{'message':'Cannot return null for non-nullable field Query.nonNullList.','locations':[{'line':1,'column':17}],'path':['nonNullList'],'extensions':{'code':'NON_NULL_VIOLATION'}}],'data':null}"),
            await Lists.RunAsync("{ nullableItems nonNullList }"));

    [Fact]
    public async Task NullInStrictList_PropagatesThroughBothNonNulls()
        => Assert.Equal(
            Json("{'errors':[{'message':'Cannot return null for non-nullable field Query.strict.','locations':[{'line':1,'column':3}],'path':['strict',0],'extensions':{'code':'NON_NULL_VIOLATION'}}],'data':null}"),
            await Lists.RunAsync("{ strict }"));

    [Fact]
    public async Task NullNonNullField_InListItem_NullsOnlyThatItem()
        => Assert.Equal(
            Json("{'errors':[{'message':'Cannot return null for non-nullable field Item.id.','locations':[{'line':1,'column':13}],'path':['objects',1,'id'],'extensions':{'code':'NON_NULL_VIOLATION'}}],'data':{'objects':[{'id':1,'name':'a'},null]}}"),
            await Lists.RunAsync("{ objects { id name } }"));

    [Fact]
    public async Task Propagation_StopsAtTheNearestNullableParent()
        => Assert.Equal(
            Json("{'errors':[{'message':'Cannot return null for non-nullable field Holder.strict.','locations':[{'line':1,'column':18}],'path':['holder','strict',1],'extensions':{'code':'NON_NULL_VIOLATION'}}],'data':{'holder':null,'nullableItems':[1,null,3]}}"),
            await Lists.RunAsync("{ holder { other strict } nullableItems }"));

    [Fact]
    public async Task NullThatFailsAnObject_StopsItsFieldsNotYetStarted_AsGraphQLJsDoes()
    {
        var schema = Builder("type Query { a: Int b: Int! c: Int }")
            .AddResolver("Query", "a", Throws(new KtPortal.GraphQL.Execution.GraphQLException("a failed")))
            .AddResolver("Query", "b", Value(null))
            .AddResolver("Query", "c", Throws(new KtPortal.GraphQL.Execution.GraphQLException("c failed", "C_CODE")))
            .Create();

        Assert.Equal(
            Json("{'errors':[{'message':'a failed','locations':[{'line':1,'column':3}],'path':['a']},{'message':'Cannot return null for non-nullable field Query.b.','locations':[{'line':1,'column':5}],'path':['b'],'extensions':{'code':'NON_NULL_VIOLATION'}}],'data':null}"),
            await schema.RunAsync("{ a b c }"));
    }

    [Fact]
    public async Task ErrorsInSiblingBranches_AreReported_InOrder()
    {
        var schema = Builder("type Query { c: Int d: D } type D { x: Int! y: Int }")
            .AddResolver("Query", "c", Throws(new KtPortal.GraphQL.Execution.GraphQLException("c failed")))
            .AddResolver("D", "y", Throws(new KtPortal.GraphQL.Execution.GraphQLException("y failed")))
            .Create();

        Assert.Equal(
            Json("{'errors':[{'message':'Cannot return null for non-nullable field D.x.','locations':[{'line':1,'column':7}],'path':['d','x'],'extensions':{'code':'NON_NULL_VIOLATION'}},{'message':'c failed','locations':[{'line':1,'column':13}],'path':['c']}],'data':{'d':null,'c':null}}"),
            await schema.RunAsync("{ d { x y } c }", rootValue: new Dictionary<string, object?> { ["d"] = new Dictionary<string, object?> { ["x"] = null } }));
    }

    [Fact]
    public async Task MergedFieldError_ListsEveryFieldNodeLocation()
    {
        var schema = Builder("type Query { a: Int }")
            .AddResolver("Query", "a", Throws(new KtPortal.GraphQL.Execution.GraphQLException("no")))
            .Create();

        Assert.Equal(
            Json("{'errors':[{'message':'no','locations':[{'line':1,'column':3},{'line':1,'column':5}],'path':['a']}],'data':{'a':null}}"),
            await schema.RunAsync("{ a a }"));
    }
}
