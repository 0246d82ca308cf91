using KtPortal.GraphQL.Validation.Rules;
using static KtPortal.GraphQL.Tests.Validation.ValidationAssert;

namespace KtPortal.GraphQL.Tests.Validation.Rules;

public sealed class KnownFragmentNamesRuleTests
{
    [Fact]
    public void KnownFragments_AreValid()
        => ExpectValid<KnownFragmentNamesRule>(
            """
            { human(id: 4) { ...HumanFields1 ... on Human { ...HumanFields2 } ... { name } } }
            fragment HumanFields1 on Human { name ...HumanFields3 }
            fragment HumanFields2 on Human { name }
            fragment HumanFields3 on Human { name }
            """);

    [Fact]
    public void UnknownFragments_AreReported()
        => ExpectErrors<KnownFragmentNamesRule>(
            """
            { human(id: 4) { ...UnknownFragment1 ... on Human { ...UnknownFragment2 } } }
            fragment HumanFields on Human { name ...UnknownFragment3 }
            """,
            Error("Unknown fragment \"UnknownFragment1\".", (1, 21)),
            Error("Unknown fragment \"UnknownFragment2\".", (1, 56)),
            Error("Unknown fragment \"UnknownFragment3\".", (2, 41)));
}
