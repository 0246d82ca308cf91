using KtPortal.GraphQL.Validation.Rules;
using static KtPortal.GraphQL.Tests.Validation.ValidationAssert;

namespace KtPortal.GraphQL.Tests.Validation.Rules;

public sealed class UniqueFragmentNamesRuleTests
{
    [Fact]
    public void UniqueNames_AreValid()
        => ExpectValid<UniqueFragmentNamesRule>(
            """
            { dog { ...fragA ...fragB } }
            fragment fragA on Dog { name }
            fragment fragB on Dog { nickname }
            """);

    [Fact]
    public void InlineFragments_AreAlwaysUnique()
        => ExpectValid<UniqueFragmentNamesRule>(
            """
            { dog { ...on Dog { name } ...on Dog { nickname } } }
            """);

    [Fact]
    public void FragmentAndOperation_WithSameName_AreValid()
        => ExpectValid<UniqueFragmentNamesRule>(
            """
            query Foo { dog { ...Foo } }
            fragment Foo on Dog { name }
            """);

    [Fact]
    public void FragmentsOfSameName_AreReported()
        => ExpectErrors<UniqueFragmentNamesRule>(
            """
            { dog { ...fragA } }
            fragment fragA on Dog { name }
            fragment fragA on Dog { barks }
            """,
            Error("There can be only one fragment named \"fragA\".", (2, 10), (3, 10)));

    [Fact]
    public void UnusedFragmentsOfSameName_AreReported()
        => ExpectErrors<UniqueFragmentNamesRule>(
            """
            fragment fragA on Dog { name }
            fragment fragA on Dog { barks }
            fragment fragA on Dog { nickname }
            """,
            Error("There can be only one fragment named \"fragA\".", (1, 10), (2, 10)),
            Error("There can be only one fragment named \"fragA\".", (1, 10), (3, 10)));
}
