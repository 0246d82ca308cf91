using KtPortal.GraphQL.Validation.Rules;
using static KtPortal.GraphQL.Tests.Validation.ValidationAssert;

namespace KtPortal.GraphQL.Tests.Validation.Rules;

public sealed class UniqueOperationNamesRuleTests
{
    [Fact]
    public void NoOperations_IsValid()
        => ExpectValid<UniqueOperationNamesRule>(
            """
            fragment fragA on Dog { name }
            """);

    [Fact]
    public void OneAnonymousOperation_IsValid()
        => ExpectValid<UniqueOperationNamesRule>(
            """
            { dog { name } }
            """);

    [Fact]
    public void MultipleOperations_WithDifferentNames_AreValid()
        => ExpectValid<UniqueOperationNamesRule>(
            """
            query Foo { dog { name } }
            query Bar { dog { name } }
            """);

    [Fact]
    public void FragmentAndOperation_WithSameName_AreValid()
        => ExpectValid<UniqueOperationNamesRule>(
            """
            query Foo { dog { ...Foo } }
            fragment Foo on Dog { name }
            """);

    [Fact]
    public void OperationsOfSameName_AreReported()
        => ExpectErrors<UniqueOperationNamesRule>(
            """
            query Foo { dog { name } }
            query Foo { cat { name } }
            """,
            Error("There can be only one operation named \"Foo\".", (1, 7), (2, 7)));

    [Fact]
    public void OperationsOfSameName_OfDifferentTypes_AreReported()
        => ExpectErrors<UniqueOperationNamesRule>(
            """
            query Foo { dog { name } }
            mutation Foo { renameDog(name: "x") { name } }
            subscription Foo { newDog { name } }
            """,
            Error("There can be only one operation named \"Foo\".", (1, 7), (2, 10)),
            Error("There can be only one operation named \"Foo\".", (1, 7), (3, 14)));
}
