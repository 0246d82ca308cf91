using KtPortal.GraphQL.Validation.Rules;
using static KtPortal.GraphQL.Tests.Validation.ValidationAssert;

namespace KtPortal.GraphQL.Tests.Validation.Rules;

public sealed class UniqueVariableNamesRuleTests
{
    [Fact]
    public void UniqueNames_AreValid()
        => ExpectValid<UniqueVariableNamesRule>(
            """
            query A($x: Int, $y: String) { __typename }
            query B($x: String, $y: Int) { __typename }
            """);

    [Fact]
    public void DuplicateNames_AreReported()
        => ExpectErrors<UniqueVariableNamesRule>(
            """
            query A($x: Int, $x: Int, $x: String) { __typename }
            query B($x: String, $x: Int) { __typename }
            query C($x: Int, $x: Int) { __typename }
            """,
            Error("There can be only one variable named \"$x\".", (1, 10), (1, 19), (1, 28)),
            Error("There can be only one variable named \"$x\".", (2, 10), (2, 22)),
            Error("There can be only one variable named \"$x\".", (3, 10), (3, 19)));
}
