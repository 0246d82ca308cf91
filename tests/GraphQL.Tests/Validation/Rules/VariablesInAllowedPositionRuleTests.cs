using KtPortal.GraphQL.Validation.Rules;
using static KtPortal.GraphQL.Tests.Validation.ValidationAssert;

namespace KtPortal.GraphQL.Tests.Validation.Rules;

public sealed class VariablesInAllowedPositionRuleTests
{
    [Fact]
    public void SameTypes_AreValid()
        => ExpectValid<VariablesInAllowedPositionRule>(
            """
            query Query($booleanArg: Boolean) { complicatedArgs { booleanArgField(booleanArg: $booleanArg) } }
            """);

    [Fact]
    public void NonNullIntoNullable_IsValid()
        => ExpectValid<VariablesInAllowedPositionRule>(
            """
            query Query($nonNullBooleanArg: Boolean!) { complicatedArgs { booleanArgField(booleanArg: $nonNullBooleanArg) } }
            """);

    [Fact]
    public void NullableIntoNonNullWithDefault_IsValid()
        => ExpectValid<VariablesInAllowedPositionRule>(
            """
            query Query($intArg: Int = 1) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) } }
            """);

    [Fact]
    public void NullableIntoArgumentWithDefault_IsValid()
        => ExpectValid<VariablesInAllowedPositionRule>(
            """
            query Query($intArg: Int) { complicatedArgs { nonNullFieldWithDefault(arg: $intArg) } }
            """);

    [Fact]
    public void ItemIntoList_IsValid()
        => ExpectValid<VariablesInAllowedPositionRule>(
            """
            query Query($stringVar: String) { complicatedArgs { stringListArgField(stringListArg: [$stringVar]) } }
            """);

    [Fact]
    public void VariableInDirective_IsValid()
        => ExpectValid<VariablesInAllowedPositionRule>(
            """
            query Query($boolVar: Boolean = false) { dog @include(if: $boolVar) { name } }
            """);

    [Fact]
    public void NullableIntoNonNull_IsReported()
        => ExpectErrors<VariablesInAllowedPositionRule>(
            """
            query Query($intArg: Int) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) } }
            """,
            Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (1, 81)));

    [Fact]
    public void NullableIntoNonNullThroughFragment_IsReported()
        => ExpectErrors<VariablesInAllowedPositionRule>(
            """
            fragment nonNullIntArgFieldFrag on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) }
            query Query($intArg: Int) { complicatedArgs { ...nonNullIntArgFieldFrag } }
            """,
            Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (2, 13), (1, 88)));

    [Fact]
    public void StringIntoList_IsReported()
        => ExpectErrors<VariablesInAllowedPositionRule>(
            """
            query Query($stringVar: String) { complicatedArgs { stringListArgField(stringListArg: $stringVar) } }
            """,
            Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"[String]\".", (1, 13), (1, 87)));

    [Fact]
    public void NullableItemIntoNonNullItem_IsReported()
        => ExpectErrors<VariablesInAllowedPositionRule>(
            """
            query Query($stringVar: String) { complicatedArgs { stringListNonNullArgField(stringListNonNullArg: [$stringVar]) } }
            """,
            Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"String!\".", (1, 13), (1, 102)));

    [Fact]
    public void NullDefaultIntoNonNull_IsReported()
        => ExpectErrors<VariablesInAllowedPositionRule>(
            """
            query Query($intVar: Int = null) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intVar) } }
            """,
            Error("Variable \"$intVar\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (1, 88)));

    [Fact]
    public void NullableBooleanIntoDirective_IsReported()
        => ExpectErrors<VariablesInAllowedPositionRule>(
            """
            query Query($boolVar: Boolean) { dog @include(if: $boolVar) { name } }
            """,
            Error("Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 13), (1, 51)));

    [Fact]
    public void NullableVariableInOneOf_IsReported()
        => ExpectErrors<VariablesInAllowedPositionRule>(
            """
            query Query($s: String) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) } }
            """,
            Error("Variable \"$s\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (1, 13), (1, 84)));

    [Fact]
    public void NonNullVariableInOneOf_IsValid()
        => ExpectValid<VariablesInAllowedPositionRule>(
            """
            query Query($s: String!) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) } }
            """);

    [Fact]
    public void VariableInsideInputObjectField_IsChecked()
        => ExpectErrors<VariablesInAllowedPositionRule>(
            """
            query Q($b: Int, $s: [String]) { complicatedArgs { complexArgField(complexArg: { requiredField: $b, stringListField: $s }) } }
            """,
            Error("Variable \"$b\" of type \"Int\" used in position expecting type \"Boolean!\".", (1, 9), (1, 97)));

    [Fact]
    public void UnknownVariableType_IsIgnored()
        => ExpectValid<VariablesInAllowedPositionRule>(
            """
            query Q($b: Unknown) { complicatedArgs { intArgField(intArg: $b) } }
            """);

    [Fact]
    public void VariableUsedInSeveralOperationsThroughFragment_IsCheckedForEach()
        => ExpectErrors<VariablesInAllowedPositionRule>(
            """
            query A($i: Int) { complicatedArgs { ...F } }
            query B($i: Int!) { complicatedArgs { ...F } }
            fragment F on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $i) }
            """,
            Error("Variable \"$i\" of type \"Int\" used in position expecting type \"Int!\".", (1, 9), (3, 67)));

    [Fact]
    public void InterfaceVariable_IsNotAnInputType_ButListOfEnumIsChecked()
        => ExpectErrors<VariablesInAllowedPositionRule>(
            """
            query Q($e: [FurColor!]!, $f: FurColor) { complicatedArgs { enumArgField(enumArg: $e) e2: enumArgField(enumArg: $f) } }
            """,
            Error("Variable \"$e\" of type \"[FurColor!]!\" used in position expecting type \"FurColor\".", (1, 9), (1, 83)));

    [Fact]
    public void VariableInDirectiveOnFragmentSpread_IsChecked()
        => ExpectErrors<VariablesInAllowedPositionRule>(
            """
            query Q($b: Boolean) { dog { ...F @include(if: $b) } }
            fragment F on Dog { name }
            """,
            Error("Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 9), (1, 48)));
}
