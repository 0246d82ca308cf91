using KtPortal.GraphQL.Validation.Rules;
using static KtPortal.GraphQL.Tests.Validation.ValidationAssert;

namespace KtPortal.GraphQL.Tests.Validation.Rules;

public sealed class FieldsOnCorrectTypeRuleTests
{
    [Fact]
    public void KnownFields_AreValid()
        => ExpectValid<FieldsOnCorrectTypeRule>(
            """
            fragment objectFieldSelection on Dog { __typename name }
            fragment aliasedObjectFieldSelection on Dog { tn : __typename otherName : name }
            fragment interfaceFieldSelection on Pet { __typename name }
            fragment typeNameOnUnion on CatOrDog { __typename }
            """);

    [Fact]
    public void MetaFieldsOnQueryRoot_AreValid()
        => ExpectValid<FieldsOnCorrectTypeRule>(
            """
            { __schema { queryType { name } } __type(name: "Dog") { name } __typename }
            """);

    [Fact]
    public void SchemaMetaField_OffTheQueryRoot_IsReported()
        => ExpectErrors<FieldsOnCorrectTypeRule>(
            """
            { dog { __schema { queryType { name } } } }
            """,
            Error("Cannot query field \"__schema\" on type \"Dog\".", (1, 9)));

    [Fact]
    public void UnknownField_IsReported()
        => ExpectErrors<FieldsOnCorrectTypeRule>(
            """
            fragment fieldNotDefined on Dog { meowVolume }
            """,
            Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (1, 35)));

    [Fact]
    public void UnknownFieldsDeep_AreReportedOnce()
        => ExpectErrors<FieldsOnCorrectTypeRule>(
            """
            fragment deepFieldNotDefined on Dog { unknown_field { deeper_unknown_field } }
            """,
            Error("Cannot query field \"unknown_field\" on type \"Dog\".", (1, 39)));

    [Fact]
    public void UnknownSubfield_IsReported()
        => ExpectErrors<FieldsOnCorrectTypeRule>(
            """
            fragment subFieldNotDefined on Human { pets { unknown_field } }
            """,
            Error("Cannot query field \"unknown_field\" on type \"Pet\".", (1, 47)));

    [Fact]
    public void UnknownFieldInInlineFragment_IsReported()
        => ExpectErrors<FieldsOnCorrectTypeRule>(
            """
            fragment fieldNotDefined on Pet { ... on Dog { meowVolume } }
            """,
            Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (1, 48)));

    [Fact]
    public void UnknownAliasedField_IsReported()
        => ExpectErrors<FieldsOnCorrectTypeRule>(
            """
            fragment aliasedFieldTargetNotDefined on Dog { volume : mooVolume }
            """,
            Error("Cannot query field \"mooVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (1, 48)));

    [Fact]
    public void FieldOnInterface_SuggestsImplementations()
        => ExpectErrors<FieldsOnCorrectTypeRule>(
            """
            fragment notDefinedOnInterface on Pet { tailLength }
            """,
            Error("Cannot query field \"tailLength\" on type \"Pet\".", (1, 41)));

    [Fact]
    public void FieldDefinedOnImplementations_SuggestsInlineFragments()
        => ExpectErrors<FieldsOnCorrectTypeRule>(
            """
            fragment definedOnImplementorsButNotInterface on Pet { nickname }
            """,
            Error("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", (1, 56)));

    [Fact]
    public void FieldOnUnion_IsReported()
        => ExpectErrors<FieldsOnCorrectTypeRule>(
            """
            fragment directFieldSelectionOnUnion on CatOrDog { directField }
            """,
            Error("Cannot query field \"directField\" on type \"CatOrDog\".", (1, 52)));

    [Fact]
    public void FieldOfMembersOnUnion_SuggestsTypes()
        => ExpectErrors<FieldsOnCorrectTypeRule>(
            """
            fragment definedOnImplementorsQueriedOnUnion on CatOrDog { name }
            """,
            Error("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Being\", \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?", (1, 60)));

    [Fact]
    public void FieldOnUnion_SuggestsInterfacesFirst()
        => ExpectErrors<FieldsOnCorrectTypeRule>(
            """
            { humanOrAlien { iq } }
            """,
            Error("Cannot query field \"iq\" on type \"HumanOrAlien\". Did you mean to use an inline fragment on \"Intelligent\", \"Alien\", or \"Human\"?", (1, 18)));

    [Fact]
    public void FieldOnUnion_SuggestsTypesInGraphQLJsOrder()
        => ExpectErrors<FieldsOnCorrectTypeRule>(
            """
            { dogOrHuman { name } catOrDog { mother } }
            """,
            Error("Cannot query field \"name\" on type \"DogOrHuman\". Did you mean to use an inline fragment on \"Being\", \"Canine\", \"Human\", \"Pet\", or \"Dog\"?", (1, 16)),
            Error("Cannot query field \"mother\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Mammal\", \"Canine\", or \"Dog\"?", (1, 34)));

    [Fact]
    public void Typo_SuggestsFieldNames()
        => ExpectErrors<FieldsOnCorrectTypeRule>(
            """
            { dog { nam barkVolum } }
            """,
            Error("Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?", (1, 9)),
            Error("Cannot query field \"barkVolum\" on type \"Dog\". Did you mean \"barkVolume\"?", (1, 13)));

    [Fact]
    public void ManyFieldSuggestions_AreCappedAtFive()
        => ExpectErrors<FieldsOnCorrectTypeRule>(
            """
            { complicatedArgs { ArgField } }
            """,
            Error("Cannot query field \"ArgField\" on type \"ComplicatedArgs\". Did you mean \"idArgField\", \"intArgField\", \"enumArgField\", or \"jsonArgField\"?", (1, 21)));
}
