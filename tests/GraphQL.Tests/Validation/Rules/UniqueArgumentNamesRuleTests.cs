using KtPortal.GraphQL.Validation.Rules;
using static KtPortal.GraphQL.Tests.Validation.ValidationAssert;

namespace KtPortal.GraphQL.Tests.Validation.Rules;

public sealed class UniqueArgumentNamesRuleTests
{
    [Fact]
    public void NoArguments_IsValid()
        => ExpectValid<UniqueArgumentNamesRule>(
            """
            { field }
            """);

    [Fact]
    public void DistinctArguments_AreValid()
        => ExpectValid<UniqueArgumentNamesRule>(
            """
            { field(arg1: "value", arg2: "value") @directive(arg1: "value", arg2: "value") }
            """);

    [Fact]
    public void SameArgumentOnDifferentFields_IsValid()
        => ExpectValid<UniqueArgumentNamesRule>(
            """
            { one: field(arg: "value") two: field(arg: "value") }
            """);

    [Fact]
    public void DuplicateFieldArguments_AreReported()
        => ExpectErrors<UniqueArgumentNamesRule>(
            """
            { field(arg1: "value", arg1: "value", arg1: "value", arg2: 1, arg2: 2) }
            """,
            Error("There can be only one argument named \"arg1\".", (1, 9), (1, 24), (1, 39)),
            Error("There can be only one argument named \"arg2\".", (1, 54), (1, 63)));

    [Fact]
    public void DuplicateDirectiveArguments_AreReported()
        => ExpectErrors<UniqueArgumentNamesRule>(
            """
            { field @directive(arg1: "value", arg1: "value") }
            """,
            Error("There can be only one argument named \"arg1\".", (1, 20), (1, 35)));
}
