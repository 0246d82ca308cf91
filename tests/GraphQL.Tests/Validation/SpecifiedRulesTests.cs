using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Validation;
using KtPortal.Testing;
using static KtPortal.GraphQL.Tests.Validation.ValidationAssert;

namespace KtPortal.GraphQL.Tests.Validation;

public sealed class SpecifiedRulesTests
{
    [Fact]
    public void ValidDocument_HasNoErrors()
        => ExpectSpecifiedRuleErrors(
            """
            query Q($id: ID, $skip: Boolean!) {
              human(id: $id) { name @skip(if: $skip) pets { ...PetName ... on Dog { barkVolume } } }
              __typename
            }
            fragment PetName on Pet { name }
            """);

    [Fact]
    public void ErrorsOfAllRules_ComeInGraphQLJsOrder()
        => ExpectSpecifiedRuleErrors(
            """
            query Q($unused: Int, $id: Dog) {
              human(id: $undefined) { nme pets { ...Missing ... on Cat { meows } } relatives }
              dog @unknown { isHouseTrained(atOtherHomes: "yes") doesKnowCommand(dogCommand: SITT, extra: 1, extra: 2) }
            }
            fragment Unused on Dog { name }
            fragment Cycle on Dog { ...Cycle }
            type Extra { field: Strin }
            query Q { complicatedArgs { multipleReqs(req1: 1) complexArgField(complexArg: { requiredField: true, requiredField: false }) } }
            { dog { name } }
            """,
            Error("The \"Extra\" definition is not executable.", (7, 1)),
            Error("Variable \"$id\" cannot be non-input type \"Dog\".", (1, 28)),
            Error("Cannot query field \"nme\" on type \"Human\". Did you mean \"name\"?", (2, 27)),
            Error("Unknown fragment \"Missing\".", (2, 41)),
            Error("Field \"relatives\" of type \"[Human]!\" must have a selection of subfields. Did you mean \"relatives { ... }\"?", (2, 72)),
            Error("Unknown directive \"@unknown\".", (3, 7)),
            Error("Boolean cannot represent a non boolean value: \"yes\"", (3, 47)),
            Error("There can be only one argument named \"extra\".", (3, 88), (3, 98)),
            Error("Value \"SITT\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?", (3, 82)),
            Error("Unknown argument \"extra\" on field \"Dog.doesKnowCommand\".", (3, 88)),
            Error("Unknown argument \"extra\" on field \"Dog.doesKnowCommand\".", (3, 98)),
            Error("Variable \"$undefined\" is not defined by operation \"Q\".", (2, 13), (1, 1)),
            Error("Variable \"$unused\" is never used in operation \"Q\".", (1, 9)),
            Error("Variable \"$id\" is never used in operation \"Q\".", (1, 23)),
            Error("Cannot spread fragment \"Cycle\" within itself.", (6, 25)),
            Error("Unknown type \"Strin\". Did you mean \"String\"?", (7, 21)),
            Error("There can be only one operation named \"Q\".", (1, 7), (8, 7)),
            Error("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (8, 29)),
            Error("There can be only one input field named \"requiredField\".", (8, 81), (8, 102)),
            Error("This anonymous operation must be the only defined operation.", (9, 1)),
            Error("Fragment \"Unused\" is never used.", (5, 1)),
            Error("Fragment \"Cycle\" is never used.", (6, 1)));

    [Fact]
    public void SubscriptionErrors_ComeFirst()
        => ExpectSpecifiedRuleErrors(
            """
            subscription S { newDog { name } newCat { name } __typename }
            """,
            Error("Subscription \"S\" must select only one top level field.", (1, 34), (1, 50)),
            Error("Subscription \"S\" must not select an introspection top level field.", (1, 50)));

    [Fact]
    public void FieldConflicts_AreReportedBeforeErrorsInsideTheSelectionSet()
        => ExpectSpecifiedRuleErrors(
            """
            { dog { name: nickname name unknown } x: dog { name } x: cat { name } }
            """,
            Error("Fields \"x\" conflict because \"dog\" and \"cat\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 39), (1, 55)),
            Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (1, 24)),
            Error("Cannot query field \"unknown\" on type \"Dog\".", (1, 29)));

    [Fact]
    public void IntrospectionQuery_IsValid()
        => ExpectSpecifiedRuleErrors(RepositoryFiles.ReadText("tests", "Benchmarks", "Documents", "introspection.graphql"));

    private static void ExpectSpecifiedRuleErrors(string document, params ExpectedError[] expected)
    {
        var validator = new DocumentValidator(new DocumentValidatorOptions { CacheSize = 0 });
        var result = validator.Validate(ValidationSchema.Instance, Utf8GraphQLParser.Parse(document));
        Assert.Equal(expected.Length == 0, result.IsValid);
        Assert.Equal(
            [.. expected.Select(e => e.Message + " @ " + string.Join(", ", e.Locations.Select(l => $"{l.Line}:{l.Column}")))],
            Describe(result.Errors));
    }
}
