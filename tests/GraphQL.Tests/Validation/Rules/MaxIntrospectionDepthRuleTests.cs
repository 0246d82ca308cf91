using KtPortal.GraphQL.Validation.Rules;
using static KtPortal.GraphQL.Tests.Validation.ValidationAssert;

namespace KtPortal.GraphQL.Tests.Validation.Rules;

public sealed class MaxIntrospectionDepthRuleTests
{
    [Fact]
    public void ShallowIntrospection_IsValid()
        => ExpectValid<MaxIntrospectionDepthRule>(
            """
            { __schema { types { fields { type { fields { name } } } } } }
            """);

    [Fact]
    public void ThreeNestedLists_AreReported()
        => ExpectErrors<MaxIntrospectionDepthRule>(
            """
            { __schema { types { fields { type { fields { type { fields { name } } } } } } } }
            """,
            Error("Maximum introspection depth exceeded", (1, 3)));

    [Fact]
    public void InterfacesAndPossibleTypes_AreCounted()
        => ExpectErrors<MaxIntrospectionDepthRule>(
            """
            { __type(name: "Pet") { interfaces { interfaces { possibleTypes { name } } } } }
            """,
            Error("Maximum introspection depth exceeded", (1, 3)));

    [Fact]
    public void DepthThroughFragments_IsCounted()
        => ExpectErrors<MaxIntrospectionDepthRule>(
            """
            { __schema { types { ...F1 } } }
            fragment F1 on __Type { fields { type { ...F2 } } }
            fragment F2 on __Type { fields { type { fields { name } } } }
            """,
            Error("Maximum introspection depth exceeded", (1, 3)));

    [Fact]
    public void CyclicFragments_DoNotLoop()
        => ExpectValid<MaxIntrospectionDepthRule>(
            """
            { __schema { types { ...F } } }
            fragment F on __Type { ofType { ...F } }
            """);

    [Fact]
    public void NonIntrospectionFields_AreIgnored()
        => ExpectValid<MaxIntrospectionDepthRule>(
            """
            { dog { fields { fields { fields { name } } } } }
            """);
}
