using KtPortal.GraphQL.Validation.Rules;
using static KtPortal.GraphQL.Tests.Validation.ValidationAssert;

namespace KtPortal.GraphQL.Tests.Validation.Rules;

public sealed class NoUnusedVariablesRuleTests
{
    [Fact]
    public void UsedVariables_AreValid()
        => ExpectValid<NoUnusedVariablesRule>(
            """
            query ($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c) }
            """);

    [Fact]
    public void VariablesUsedInFragments_AreValid()
        => ExpectValid<NoUnusedVariablesRule>(
            """
            query Foo($a: String, $b: String, $c: String) { ...FragA }
            fragment FragA on Type { field(a: $a) { ...FragB } }
            fragment FragB on Type { field(b: $b) { ...FragC } }
            fragment FragC on Type { field(c: $c) }
            """);

    [Fact]
    public void UnusedVariable_IsReported()
        => ExpectErrors<NoUnusedVariablesRule>(
            """
            query ($a: String, $b: String, $c: String) { field(a: $a, b: $b) }
            """,
            Error("Variable \"$c\" is never used.", (1, 32)));

    [Fact]
    public void UnusedVariablesInNamedOperation_AreReported()
        => ExpectErrors<NoUnusedVariablesRule>(
            """
            query Foo($a: String, $b: String, $c: String) { field(b: $b) }
            """,
            Error("Variable \"$a\" is never used in operation \"Foo\".", (1, 11)),
            Error("Variable \"$c\" is never used in operation \"Foo\".", (1, 35)));

    [Fact]
    public void VariableUsedOnlyByOtherOperation_IsReported()
        => ExpectErrors<NoUnusedVariablesRule>(
            """
            query Foo($a: String) { ...FragA }
            query Bar($b: String) { ...FragB }
            fragment FragA on Type { field(a: $a) }
            fragment FragB on Type { field(b: $b) }
            query Baz($c: String) { field }
            """,
            Error("Variable \"$c\" is never used in operation \"Baz\".", (5, 11)));
}
