using KtPortal.GraphQL.Validation.Rules;
using static KtPortal.GraphQL.Tests.Validation.ValidationAssert;

namespace KtPortal.GraphQL.Tests.Validation.Rules;

public sealed class NoUndefinedVariablesRuleTests
{
    [Fact]
    public void DefinedVariables_AreValid()
        => ExpectValid<NoUndefinedVariablesRule>(
            """
            query Foo($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c) }
            """);

    [Fact]
    public void VariablesInFragments_AreValid()
        => ExpectValid<NoUndefinedVariablesRule>(
            """
            query Foo($a: String, $b: String, $c: String) { ...FragA }
            fragment FragA on Type { field(a: $a) { ...FragB } }
            fragment FragB on Type { field(b: $b) { ...FragC } }
            fragment FragC on Type { field(c: $c) }
            """);

    [Fact]
    public void UndefinedVariable_IsReported()
        => ExpectErrors<NoUndefinedVariablesRule>(
            """
            query Foo($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c, d: $d) }
            """,
            Error("Variable \"$d\" is not defined by operation \"Foo\".", (1, 79), (1, 1)));

    [Fact]
    public void UndefinedVariableInAnonymousOperation_IsReported()
        => ExpectErrors<NoUndefinedVariablesRule>(
            """
            { field(a: $a) }
            """,
            Error("Variable \"$a\" is not defined.", (1, 12), (1, 1)));

    [Fact]
    public void UndefinedVariablesInDirectives_AreReported()
        => ExpectErrors<NoUndefinedVariablesRule>(
            """
            query Foo { field @include(if: $cond) { other(a: $a) } }
            """,
            Error("Variable \"$cond\" is not defined by operation \"Foo\".", (1, 32), (1, 1)),
            Error("Variable \"$a\" is not defined by operation \"Foo\".", (1, 50), (1, 1)));

    [Fact]
    public void UndefinedVariablesInFragments_AreReportedPerOperation()
        => ExpectErrors<NoUndefinedVariablesRule>(
            """
            query Foo($b: String) { ...FragA }
            query Bar($a: String) { ...FragA }
            fragment FragA on Type { field(a: $a) { ...FragB } }
            fragment FragB on Type { field(b: $b) }
            """,
            Error("Variable \"$a\" is not defined by operation \"Foo\".", (3, 35), (1, 1)),
            Error("Variable \"$b\" is not defined by operation \"Bar\".", (4, 35), (2, 1)));

    [Fact]
    public void UndefinedVariablesInNestedValues_AreReported()
        => ExpectErrors<NoUndefinedVariablesRule>(
            """
            query Foo { field(obj: {a: [$x, {b: $y}]}) }
            """,
            Error("Variable \"$x\" is not defined by operation \"Foo\".", (1, 29), (1, 1)),
            Error("Variable \"$y\" is not defined by operation \"Foo\".", (1, 37), (1, 1)));

    [Fact]
    public void SharedFragments_AreReportedForEachOperation()
        => ExpectErrors<NoUndefinedVariablesRule>(
            """
            query A { ...F }
            query B { ...F }
            fragment F on QueryRoot { dog { doesKnowCommand(dogCommand: $cmd) } }
            """,
            Error("Variable \"$cmd\" is not defined by operation \"A\".", (3, 61), (1, 1)),
            Error("Variable \"$cmd\" is not defined by operation \"B\".", (3, 61), (2, 1)));

    [Fact]
    public void OperationsSpreadingTheSameFragments_ShareTheFirstOrder()
        => ExpectErrors<NoUndefinedVariablesRule>(
            """
            query A { ...F2 ...F1 }
            query B { ...F1 ...F2 }
            fragment F1 on QueryRoot { dog { doesKnowCommand(dogCommand: $one) } }
            fragment F2 on QueryRoot { dog { isHouseTrained(atOtherHomes: $two) } }
            """,
            Error("Variable \"$two\" is not defined by operation \"A\".", (4, 63), (1, 1)),
            Error("Variable \"$one\" is not defined by operation \"A\".", (3, 62), (1, 1)),
            Error("Variable \"$two\" is not defined by operation \"B\".", (4, 63), (2, 1)),
            Error("Variable \"$one\" is not defined by operation \"B\".", (3, 62), (2, 1)));

    [Fact]
    public void VariableInFragmentDirective_IsFound()
        => ExpectErrors<NoUndefinedVariablesRule>(
            """
            query A { ...F }
            fragment F on QueryRoot @include(if: $x) { dog { name } }
            """,
            Error("Variable \"$x\" is not defined by operation \"A\".", (2, 38), (1, 1)));
}
