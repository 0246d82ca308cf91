using KtPortal.GraphQL.Validation.Rules;
using static KtPortal.GraphQL.Tests.Validation.ValidationAssert;

namespace KtPortal.GraphQL.Tests.Validation.Rules;

public sealed class FragmentsOnCompositeTypesRuleTests
{
    [Fact]
    public void ObjectInterfaceAndUnionConditions_AreValid()
        => ExpectValid<FragmentsOnCompositeTypesRule>(
            """
            fragment validFragment on Dog { barks }
            fragment validFragment2 on Pet { name }
            fragment validFragment3 on CatOrDog { __typename }
            fragment inlineWithoutType on Dog { ... { name } }
            """);

    [Fact]
    public void ScalarCondition_IsReported()
        => ExpectErrors<FragmentsOnCompositeTypesRule>(
            """
            fragment scalarFragment on Boolean { bad }
            """,
            Error("Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", (1, 28)));

    [Fact]
    public void EnumCondition_IsReported()
        => ExpectErrors<FragmentsOnCompositeTypesRule>(
            """
            fragment scalarFragment on FurColor { bad }
            """,
            Error("Fragment \"scalarFragment\" cannot condition on non composite type \"FurColor\".", (1, 28)));

    [Fact]
    public void InputObjectCondition_IsReported()
        => ExpectErrors<FragmentsOnCompositeTypesRule>(
            """
            fragment inputFragment on ComplexInput { stringField }
            """,
            Error("Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", (1, 27)));

    [Fact]
    public void InlineScalarCondition_IsReported()
        => ExpectErrors<FragmentsOnCompositeTypesRule>(
            """
            fragment invalidFragment on Pet { ... on String { barks } }
            """,
            Error("Fragment cannot condition on non composite type \"String\".", (1, 42)));
}
