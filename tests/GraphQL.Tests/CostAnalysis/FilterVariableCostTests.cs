using KtPortal.GraphQL.Types;
using static KtPortal.GraphQL.Tests.CostAnalysis.CostTestHelpers;

namespace KtPortal.GraphQL.Tests.CostAnalysis;

/// <summary>
/// HotChocolate prices a filter passed as a variable at the recursive worst case of its (self-referential)
/// filter input type, whatever the variable holds, so the same filter costs 31 inline and thousands as a
/// variable, and an optional filter that is not even given costs hundreds (HotChocolate issues #7658, #8535 and
/// the report behind #9548). Here a variable costs exactly what the same value costs written inline.
/// </summary>
public sealed class FilterVariableCostTests
{
    // The shapes HotChocolate's filtering generates, with its default weights: 10 on the where argument and on
    // every operation field, 20 on the expensive string operations.
    private static readonly Schema Profiles = SchemaBuilder.New().AddDocumentFromString("""
        type Query {
          listProfiles(first: Int, where: ProfileFilterInput @cost(weight: "10")): ProfileConnection
            @listSize(assumedSize: 50, slicingArguments: ["first"], sizedFields: ["nodes"], requireOneSlicingArgument: false)
            @cost(weight: "10")
        }

        type ProfileConnection { nodes: [Profile] totalCount: Int }
        type Profile { id: ID! name: String version: Int owner: User }
        type User { id: ID! name: String }

        input ProfileFilterInput {
          and: [ProfileFilterInput!]
          or: [ProfileFilterInput!]
          id: IdOperationFilterInput
          name: StringOperationFilterInput
          version: IntOperationFilterInput
          owner: UserFilterInput
        }

        input UserFilterInput {
          and: [UserFilterInput!]
          or: [UserFilterInput!]
          id: IdOperationFilterInput
          name: StringOperationFilterInput
          profiles: ProfileListFilterInput
        }

        input ProfileListFilterInput {
          all: ProfileFilterInput @cost(weight: "10")
          none: ProfileFilterInput @cost(weight: "10")
          some: ProfileFilterInput @cost(weight: "10")
          any: Boolean @cost(weight: "10")
        }

        input IdOperationFilterInput {
          eq: ID @cost(weight: "10")
          neq: ID @cost(weight: "10")
          in: [ID] @cost(weight: "10")
          nin: [ID] @cost(weight: "10")
        }

        input StringOperationFilterInput {
          and: [StringOperationFilterInput!]
          or: [StringOperationFilterInput!]
          eq: String @cost(weight: "10")
          neq: String @cost(weight: "10")
          contains: String @cost(weight: "20")
          ncontains: String @cost(weight: "20")
          in: [String] @cost(weight: "10")
          nin: [String] @cost(weight: "10")
          startsWith: String @cost(weight: "20")
          endsWith: String @cost(weight: "20")
        }

        input IntOperationFilterInput {
          eq: Int @cost(weight: "10")
          neq: Int @cost(weight: "10")
          gt: Int @cost(weight: "10")
          gte: Int @cost(weight: "10")
          lt: Int @cost(weight: "10")
          lte: Int @cost(weight: "10")
          in: [Int] @cost(weight: "10")
        }
        """).Create();

    [Fact]
    public async Task FilterAsVariable_CostsWhatTheSameFilterCostsInline()
    {
        // listProfiles 10 + where 10 + version.gt 10 + nodes (1 + 0 × 10) = 31; type: Query 1 + connection 1 + 10 profiles.
        var inline = await Profiles.CostAsync("{ listProfiles(first: 10, where: { version: { gt: 0 } }) { nodes { id } } }");
        var asVariable = await Profiles.CostAsync(
            "query($a: ProfileFilterInput) { listProfiles(first: 10, where: $a) { nodes { id } } }",
            JsonVariables("""{"a":{"version":{"gt":0}}}"""));

        Assert.Equal((31, 12), inline);
        Assert.Equal(inline, asVariable);
    }

    [Fact]
    public async Task OptionalFilterVariable_NotGiven_CostsNothing()
    {
        var withoutFilter = await Profiles.CostAsync("{ listProfiles(first: 1) { totalCount } }");
        var unusedVariable = await Profiles.CostAsync("query($where: ProfileFilterInput) { listProfiles(first: 1, where: $where) { totalCount } }");
        var nullVariable = await Profiles.CostAsync(
            "query($where: ProfileFilterInput) { listProfiles(first: 1, where: $where) { totalCount } }",
            JsonVariables("""{"where":null}"""));

        Assert.Equal((10, 2), withoutFilter);
        Assert.Equal(withoutFilter, unusedVariable);
        Assert.Equal(withoutFilter, nullVariable);
    }

    [Fact]
    public async Task DeepFilterVariable_IsPricedFieldByFieldForWhatItHolds()
    {
        // where 10; or: two branches, name.contains 20 and owner.profiles.some 10 + name.eq 10; version.in 10.
        var (fieldCost, _) = await Profiles.CostAsync(
            "query($a: ProfileFilterInput) { listProfiles(first: 10, where: $a) { nodes { id } } }",
            JsonVariables("""
                {"a":{
                  "or":[{"name":{"contains":"ann"}},{"owner":{"profiles":{"some":{"name":{"eq":"x"}}}}}],
                  "version":{"in":[1,2,3]}
                }}
                """));

        // listProfiles 10 + nodes 1 + where (10 + 20 + 10 + 10 + 10).
        Assert.Equal(71, fieldCost);
    }

    [Fact]
    public async Task NestedVariablesInsideAnInlineFilter_ArePricedFromTheirValues()
    {
        var (fieldCost, _) = await Profiles.CostAsync(
            "query($name: StringOperationFilterInput) { listProfiles(first: 10, where: { name: $name }) { nodes { id } } }",
            JsonVariables("""{"name":{"startsWith":"a","endsWith":"z"}}"""));

        Assert.Equal(10 + 1 + 10 + 20 + 20, fieldCost);
    }
}
