using KtPortal.GraphQL.Validation.Rules;
using static KtPortal.GraphQL.Tests.Validation.ValidationAssert;

namespace KtPortal.GraphQL.Tests.Validation.Rules;

public sealed class VariablesAreInputTypesRuleTests
{
    [Fact]
    public void UnknownTypes_AreIgnored()
        => ExpectValid<VariablesAreInputTypesRule>(
            """
            query Foo($a: Unknown, $b: [[Unknown!]]!) { dog { name } }
            """);

    [Fact]
    public void InputTypes_AreValid()
        => ExpectValid<VariablesAreInputTypesRule>(
            """
            query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput) { dog { name } }
            """);

    [Fact]
    public void OutputTypes_AreReported()
        => ExpectErrors<VariablesAreInputTypesRule>(
            """
            query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { dog { name } }
            """,
            Error("Variable \"$a\" cannot be non-input type \"Dog\".", (1, 15)),
            Error("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", (1, 24)),
            Error("Variable \"$c\" cannot be non-input type \"Pet\".", (1, 44)));
}
