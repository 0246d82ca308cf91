using KtPortal.GraphQL.Validation.Rules;
using static KtPortal.GraphQL.Tests.Validation.ValidationAssert;

namespace KtPortal.GraphQL.Tests.Validation.Rules;

public sealed class KnownTypeNamesRuleTests
{
    [Fact]
    public void KnownTypes_AreValid()
        => ExpectValid<KnownTypeNamesRule>(
            """
            query Foo($var: String, $required: [Int!]!, $introspectionType: __EnumValue) { human(id: 4) { pets { ... on Pet { name }, ...PetFields, ... { name } } } }
            fragment PetFields on Pet { name }
            """);

    [Fact]
    public void UnknownTypes_AreReported()
        => ExpectErrors<KnownTypeNamesRule>(
            """
            query Foo($var: JumbledUpLetters) { human(id: 4) { name pets { ... on Badger { name }, ...PetFields } } }
            fragment PetFields on Peat { name }
            """,
            Error("Unknown type \"JumbledUpLetters\".", (1, 17)),
            Error("Unknown type \"Badger\".", (1, 71)),
            Error("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", (2, 23)));

    [Fact]
    public void TypesInTypeSystemDefinitions_AreChecked()
        => ExpectErrors<KnownTypeNamesRule>(
            """
            type Query { a: Strin b: String c: Floot }
            extend type Query { d: Inta }
            """,
            Error("Unknown type \"Strin\". Did you mean \"String\"?", (1, 17)),
            Error("Unknown type \"Floot\". Did you mean \"Float\"?", (1, 36)),
            Error("Unknown type \"Inta\". Did you mean \"Int\"?", (2, 24)));

    [Fact]
    public void StandardTypesInTypeSystemDefinitions_AreKnown()
        => ExpectValid<KnownTypeNamesRule>(
            """
            type Query { a: String b: __Schema }
            """);

    [Fact]
    public void DefinedInDocument_IsKnown()
        => ExpectValid<KnownTypeNamesRule>(
            """
            query Q($a: Local) { dog { name } }
            input Local { a: Int }
            """);

    [Fact]
    public void TypeNamesAreCaseSensitive_AndSuggested()
        => ExpectErrors<KnownTypeNamesRule>(
            """
            query Q($a: string, $b: complexinput) { dog { name } }
            """,
            Error("Unknown type \"string\". Did you mean \"String\" or \"Being\"?", (1, 13)),
            Error("Unknown type \"complexinput\". Did you mean \"ComplexInput\"?", (1, 25)));
}
