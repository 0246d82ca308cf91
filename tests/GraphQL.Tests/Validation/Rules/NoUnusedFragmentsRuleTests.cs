using KtPortal.GraphQL.Validation.Rules;
using static KtPortal.GraphQL.Tests.Validation.ValidationAssert;

namespace KtPortal.GraphQL.Tests.Validation.Rules;

public sealed class NoUnusedFragmentsRuleTests
{
    [Fact]
    public void AllFragmentsUsed_IsValid()
        => ExpectValid<NoUnusedFragmentsRule>(
            """
            { human(id: 4) { ...HumanFields1 ... on Human { ...HumanFields2 } } }
            fragment HumanFields1 on Human { name ...HumanFields3 }
            fragment HumanFields2 on Human { name }
            fragment HumanFields3 on Human { name }
            """);

    [Fact]
    public void FragmentsUsedByMultipleOperations_AreValid()
        => ExpectValid<NoUnusedFragmentsRule>(
            """
            query Foo { human(id: 4) { ...HumanFields1 } }
            query Bar { human(id: 4) { ...HumanFields2 } }
            fragment HumanFields1 on Human { name ...HumanFields3 }
            fragment HumanFields2 on Human { name }
            fragment HumanFields3 on Human { name }
            """);

    [Fact]
    public void UnusedFragments_AreReported()
        => ExpectErrors<NoUnusedFragmentsRule>(
            """
            query Foo { human(id: 4) { ...HumanFields1 } }
            fragment HumanFields1 on Human { name ...HumanFields3 }
            fragment HumanFields2 on Human { name }
            fragment HumanFields3 on Human { name }
            fragment Unused1 on Human { name }
            fragment Unused2 on Human { name }
            """,
            Error("Fragment \"HumanFields2\" is never used.", (3, 1)),
            Error("Fragment \"Unused1\" is never used.", (5, 1)),
            Error("Fragment \"Unused2\" is never used.", (6, 1)));

    [Fact]
    public void UnusedFragmentsReferencingEachOther_AreReported()
        => ExpectErrors<NoUnusedFragmentsRule>(
            """
            query Foo { human(id: 4) { ...HumanFields1 } }
            fragment HumanFields1 on Human { name }
            fragment Unused1 on Human { name ...Unused2 }
            fragment Unused2 on Human { name ...Unused1 }
            """,
            Error("Fragment \"Unused1\" is never used.", (3, 1)),
            Error("Fragment \"Unused2\" is never used.", (4, 1)));

    [Fact]
    public void UnknownFragmentSpread_IsIgnored()
        => ExpectErrors<NoUnusedFragmentsRule>(
            """
            query Foo { human(id: 4) { ...bar } }
            fragment foo on Human { name }
            """,
            Error("Fragment \"foo\" is never used.", (2, 1)));
}
