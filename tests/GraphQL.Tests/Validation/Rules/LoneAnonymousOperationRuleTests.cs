using KtPortal.GraphQL.Validation.Rules;
using static KtPortal.GraphQL.Tests.Validation.ValidationAssert;

namespace KtPortal.GraphQL.Tests.Validation.Rules;

public sealed class LoneAnonymousOperationRuleTests
{
    [Fact]
    public void NoOperations_IsValid()
        => ExpectValid<LoneAnonymousOperationRule>(
            """
            fragment fragA on Dog { name }
            """);

    [Fact]
    public void OneAnonymousOperation_IsValid()
        => ExpectValid<LoneAnonymousOperationRule>(
            """
            { dog { name } }
            """);

    [Fact]
    public void AnonymousOperationWithFragment_IsValid()
        => ExpectValid<LoneAnonymousOperationRule>(
            """
            { ...Foo }
            fragment Foo on QueryRoot { dog { name } }
            """);

    [Fact]
    public void MultipleAnonymousOperations_AreReported()
        => ExpectErrors<LoneAnonymousOperationRule>(
            """
            { dog { name } }
            { cat { name } }
            """,
            Error("This anonymous operation must be the only defined operation.", (1, 1)),
            Error("This anonymous operation must be the only defined operation.", (2, 1)));

    [Fact]
    public void AnonymousOperationWithNamedOne_IsReported()
        => ExpectErrors<LoneAnonymousOperationRule>(
            """
            { dog { name } }
            query Foo { cat { name } }
            """,
            Error("This anonymous operation must be the only defined operation.", (1, 1)));

    [Fact]
    public void AnonymousOperationWithMutation_IsReported()
        => ExpectErrors<LoneAnonymousOperationRule>(
            """
            { dog { name } }
            mutation Foo { renameDog(name: "x") { name } }
            """,
            Error("This anonymous operation must be the only defined operation.", (1, 1)));
}
