using KtPortal.GraphQL.Validation.Rules;
using static KtPortal.GraphQL.Tests.Validation.ValidationAssert;

namespace KtPortal.GraphQL.Tests.Validation.Rules;

public sealed class ValuesOfCorrectTypeRuleTests
{
    [Fact]
    public void GoodLiterals_AreValid()
        => ExpectValid<ValuesOfCorrectTypeRule>(
            """
            { complicatedArgs { intArgField(intArg: 2) floatArgField(floatArg: 1) f2: floatArgField(floatArg: 1.1) idArgField(idArg: "someIdString") i2: idArgField(idArg: 1) stringArgField(stringArg: "foo") booleanArgField(booleanArg: true) enumArgField(enumArg: BROWN) nonNullIntArgField(nonNullIntArg: 2) stringListArgField(stringListArg: ["one", null, "two"]) s2: stringListArgField(stringListArg: "one") complexArgField(complexArg: { requiredField: true, intField: 4, stringListField: ["a"] }) jsonArgField(jsonArg: {anything: [1, "x", SIT, $v]}) oneOfArgField(oneOfArg: { stringField: "x" }) } }
            """);

    [Fact]
    public void NullLiterals_AreValidForNullableTypes()
        => ExpectValid<ValuesOfCorrectTypeRule>(
            """
            { complicatedArgs { intArgField(intArg: null) stringListArgField(stringListArg: [null]) complexArgField(complexArg: { requiredField: true, intField: null }) } }
            """);

    [Fact]
    public void WrongScalarLiterals_AreReported()
        => ExpectErrors<ValuesOfCorrectTypeRule>(
            """
            { complicatedArgs { intArgField(intArg: "3") i2: intArgField(intArg: 3.0) i3: intArgField(intArg: 829384293849283498239482938) floatArgField(floatArg: true) stringArgField(stringArg: 1) booleanArgField(booleanArg: "true") idArgField(idArg: 1.0) i4: idArgField(idArg: true) } }
            """,
            Error("Int cannot represent non-integer value: \"3\"", (1, 41)),
            Error("Int cannot represent non-integer value: 3.0", (1, 70)),
            Error("Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", (1, 99)),
            Error("Float cannot represent non numeric value: true", (1, 152)),
            Error("String cannot represent a non string value: 1", (1, 184)),
            Error("Boolean cannot represent a non boolean value: \"true\"", (1, 215)),
            Error("ID cannot represent a non-string and non-integer value: 1.0", (1, 241)),
            Error("ID cannot represent a non-string and non-integer value: true", (1, 268)));

    [Fact]
    public void WrongEnumLiterals_AreReported()
        => ExpectErrors<ValuesOfCorrectTypeRule>(
            """
            { complicatedArgs { enumArgField(enumArg: "BROWN") e2: enumArgField(enumArg: brown) e3: enumArgField(enumArg: BLACKK) e4: enumArgField(enumArg: 2) } }
            """,
            Error("Enum \"FurColor\" cannot represent non-enum value: \"BROWN\". Did you mean the enum value \"BROWN\"?", (1, 43)),
            Error("Value \"brown\" does not exist in \"FurColor\" enum. Did you mean the enum value \"BROWN\"?", (1, 78)),
            Error("Value \"BLACKK\" does not exist in \"FurColor\" enum. Did you mean the enum value \"BLACK\"?", (1, 111)),
            Error("Enum \"FurColor\" cannot represent non-enum value: 2.", (1, 145)));

    [Fact]
    public void BlockStringForInt_IsReported()
        => ExpectErrors<ValuesOfCorrectTypeRule>(
            """"
            { complicatedArgs { intArgField(intArg: """block""") } }
            """",
            Error("Int cannot represent non-integer value: \"\"\"block\"\"\"", (1, 41)));

    [Fact]
    public void NullForNonNull_IsReported()
        => ExpectErrors<ValuesOfCorrectTypeRule>(
            """
            { complicatedArgs { nonNullIntArgField(nonNullIntArg: null) stringListNonNullArgField(stringListNonNullArg: ["a", null]) } }
            """,
            Error("Expected value of type \"Int!\", found null.", (1, 55)),
            Error("Expected value of type \"String!\", found null.", (1, 115)));

    [Fact]
    public void ListForScalar_IsReported()
        => ExpectErrors<ValuesOfCorrectTypeRule>(
            """
            { complicatedArgs { intArgField(intArg: [1, 2]) stringListArgField(stringListArg: ["one", 2]) } }
            """,
            Error("Int cannot represent non-integer value: [1, 2]", (1, 41)),
            Error("String cannot represent a non string value: 2", (1, 91)));

    [Fact]
    public void ObjectForScalar_IsReported()
        => ExpectErrors<ValuesOfCorrectTypeRule>(
            """
            { complicatedArgs { stringArgField(stringArg: {a: 1, b: "c"}) } }
            """,
            Error("String cannot represent a non string value: {a: 1, b: \"c\"}", (1, 47)));

    [Fact]
    public void ScalarForInputObject_IsReported()
        => ExpectErrors<ValuesOfCorrectTypeRule>(
            """
            { complicatedArgs { complexArgField(complexArg: "x") } }
            """,
            Error("Expected value of type \"ComplexInput\", found \"x\".", (1, 49)));

    [Fact]
    public void MissingRequiredInputFields_AreReported()
        => ExpectErrors<ValuesOfCorrectTypeRule>(
            """
            { complicatedArgs { complexArgField(complexArg: { intField: 4 }) c2: complexArgField(complexArg: { requiredField: null }) } }
            """,
            Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (1, 49)),
            Error("Expected value of type \"Boolean!\", found null.", (1, 115)));

    [Fact]
    public void UnknownInputField_IsReported()
        => ExpectErrors<ValuesOfCorrectTypeRule>(
            """
            { complicatedArgs { complexArgField(complexArg: { requiredField: true, invalidField: "value", stringListFeld: [] }) } }
            """,
            Error("Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?", (1, 72)),
            Error("Field \"stringListFeld\" is not defined by type \"ComplexInput\". Did you mean \"stringListField\" or \"stringField\"?", (1, 95)));

    [Fact]
    public void OneOfWithTwoFields_IsReported()
        => ExpectErrors<ValuesOfCorrectTypeRule>(
            """
            { complicatedArgs { oneOfArgField(oneOfArg: { stringField: "x", intField: 1 }) } }
            """,
            Error("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (1, 45)));

    [Fact]
    public void OneOfWithNull_IsReported()
        => ExpectErrors<ValuesOfCorrectTypeRule>(
            """
            { complicatedArgs { oneOfArgField(oneOfArg: { stringField: null }) o2: oneOfArgField(oneOfArg: {}) } }
            """,
            Error("Field \"OneOfInput.stringField\" must be non-null.", (1, 45)),
            Error("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (1, 96)));

    [Fact]
    public void VariableDefaultValues_AreChecked()
        => ExpectErrors<ValuesOfCorrectTypeRule>(
            """
            query Foo($a: Int = "one", $b: String = 4, $c: ComplexInput = { requiredField: true, intField: "x" }, $d: Int! = null, $e: [String] = ["a", 1]) { dog { name } }
            """,
            Error("Int cannot represent non-integer value: \"one\"", (1, 21)),
            Error("String cannot represent a non string value: 4", (1, 41)),
            Error("Int cannot represent non-integer value: \"x\"", (1, 96)),
            Error("Expected value of type \"Int!\", found null.", (1, 114)),
            Error("String cannot represent a non string value: 1", (1, 141)));

    [Fact]
    public void DirectiveArguments_AreChecked()
        => ExpectErrors<ValuesOfCorrectTypeRule>(
            """
            { dog @include(if: "yes") { name @skip(if: ENUM) } }
            """,
            Error("Boolean cannot represent a non boolean value: \"yes\"", (1, 20)),
            Error("Boolean cannot represent a non boolean value: ENUM", (1, 44)));

    [Fact]
    public void UnknownArguments_AreIgnored()
        => ExpectValid<ValuesOfCorrectTypeRule>(
            """
            { complicatedArgs { intArgField(unknown: "x") } dog @unknown(if: "x") { name } }
            """);

    [Fact]
    public void SuggestionsForEnumFromString()
        => ExpectErrors<ValuesOfCorrectTypeRule>(
            """
            { complicatedArgs { enumArgField(enumArg: "SPOTTED") } }
            """,
            Error("Enum \"FurColor\" cannot represent non-enum value: \"SPOTTED\". Did you mean the enum value \"SPOTTED\"?", (1, 43)));

    [Fact]
    public void NestedListsAndObjects_AreChecked()
        => ExpectErrors<ValuesOfCorrectTypeRule>(
            """
            { complicatedArgs { stringListArgField(stringListArg: [["nested"]]) complexArgField(complexArg: { requiredField: true, stringListField: [1, null, "x"], booleanField: 1 }) enumArgField(enumArg: [BROWN]) } }
            """,
            Error("String cannot represent a non string value: [\"nested\"]", (1, 56)),
            Error("String cannot represent a non string value: 1", (1, 138)),
            Error("Boolean cannot represent a non boolean value: 1", (1, 167)),
            Error("Enum \"FurColor\" cannot represent non-enum value: [BROWN]. Did you mean the enum value \"BROWN\"?", (1, 194)));

    [Fact]
    public void VariablesInsideValues_AreNotChecked()
        => ExpectErrors<ValuesOfCorrectTypeRule>(
            """
            query ($v: Int) { complicatedArgs { stringListArgField(stringListArg: [$v, 1]) complexArgField(complexArg: { requiredField: $v, intField: $v }) } }
            """,
            Error("String cannot represent a non string value: 1", (1, 76)));

    [Fact]
    public void ListForInputObject_IsReported()
        => ExpectErrors<ValuesOfCorrectTypeRule>(
            """
            { complicatedArgs { complexArgField(complexArg: [{ requiredField: true }]) } }
            """,
            Error("Expected value of type \"ComplexInput\", found [{requiredField: true}].", (1, 49)));

    [Fact]
    public void ObjectForList_OfScalars_IsReported()
        => ExpectErrors<ValuesOfCorrectTypeRule>(
            """
            { complicatedArgs { stringListArgField(stringListArg: { a: 1 }) } }
            """,
            Error("String cannot represent a non string value: {a: 1}", (1, 55)));

    [Fact]
    public void NestedObjectUnknownField_IsReportedWithSuggestion()
        => ExpectErrors<ValuesOfCorrectTypeRule>(
            """
            query Q($c: ComplexInput = { requiredField: true, stringfield: "x", nonNullFeld: true }) { dog { name } }
            """,
            Error("Field \"stringfield\" is not defined by type \"ComplexInput\". Did you mean \"stringField\", \"intField\", or \"stringListField\"?", (1, 51)),
            Error("Field \"nonNullFeld\" is not defined by type \"ComplexInput\". Did you mean \"nonNullField\"?", (1, 69)));

    [Fact]
    public void EnumValueInsideCustomScalarList_IsAccepted()
        => ExpectValid<ValuesOfCorrectTypeRule>(
            """
            { complicatedArgs { jsonArgField(jsonArg: [SIT, {a: null}]) } }
            """);

    [Fact]
    public void NullInsideNonNullListItem_IsReported()
        => ExpectErrors<ValuesOfCorrectTypeRule>(
            """
            query ($x: [String!] = ["a", null]) { dog { name } }
            """,
            Error("Expected value of type \"String!\", found null.", (1, 30)));

    [Fact]
    public void IntOutOfRange_Negative_IsReported()
        => ExpectErrors<ValuesOfCorrectTypeRule>(
            """
            { complicatedArgs { intArgField(intArg: -2147483649) i2: intArgField(intArg: -2147483648) } }
            """,
            Error("Int cannot represent non 32-bit signed integer value: -2147483649", (1, 41)));
}
