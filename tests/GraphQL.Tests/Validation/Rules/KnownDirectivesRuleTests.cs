using KtPortal.GraphQL.Validation.Rules;
using static KtPortal.GraphQL.Tests.Validation.ValidationAssert;

namespace KtPortal.GraphQL.Tests.Validation.Rules;

public sealed class KnownDirectivesRuleTests
{
    [Fact]
    public void NoDirectives_IsValid()
        => ExpectValid<KnownDirectivesRule>(
            """
            query Foo { name ...Frag }
            fragment Frag on Dog { name }
            """);

    [Fact]
    public void KnownDirectives_AreValid()
        => ExpectValid<KnownDirectivesRule>(
            """
            { dog @include(if: true) { name } human @skip(if: false) { name } }
            """);

    [Fact]
    public void UnknownDirective_IsReported()
        => ExpectErrors<KnownDirectivesRule>(
            """
            { dog @unknown(directive: "value") { name } }
            """,
            Error("Unknown directive \"@unknown\".", (1, 7)));

    [Fact]
    public void ManyUnknownDirectives_AreReported()
        => ExpectErrors<KnownDirectivesRule>(
            """
            { dog @unknown(directive: "value") { name } human @unknown(directive: "value") { name pets @unknown(directive: "value") { name } } }
            """,
            Error("Unknown directive \"@unknown\".", (1, 7)),
            Error("Unknown directive \"@unknown\".", (1, 51)),
            Error("Unknown directive \"@unknown\".", (1, 92)));

    [Fact]
    public void WellPlacedDirectives_AreValid()
        => ExpectValid<KnownDirectivesRule>(
            """
            query ($var: Boolean @onVariableDefinition) @onQuery { name @include(if: $var) ...Frag @include(if: true) skippedField @skip(if: true) ...SkippedFrag @skip(if: true) ... @skip(if: true) { skippedField } }
            mutation @onMutation { someField }
            subscription @onSubscription { someField }
            fragment Frag on SomeType @onFragmentDefinition { someField }
            """);

    [Fact]
    public void MisplacedDirectives_AreReported()
        => ExpectErrors<KnownDirectivesRule>(
            """
            query ($var: Boolean @onQuery) @onMutation { name @onQuery @include(if: $var) ...Frag @onQuery ... @onQuery { skippedField } }
            mutation @onQuery { someField }
            subscription @onQuery { someField }
            fragment Frag on SomeType @onQuery { someField }
            """,
            Error("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", (1, 22)),
            Error("Directive \"@onMutation\" may not be used on QUERY.", (1, 32)),
            Error("Directive \"@onQuery\" may not be used on FIELD.", (1, 51)),
            Error("Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.", (1, 87)),
            Error("Directive \"@onQuery\" may not be used on INLINE_FRAGMENT.", (1, 100)),
            Error("Directive \"@onQuery\" may not be used on MUTATION.", (2, 10)),
            Error("Directive \"@onQuery\" may not be used on SUBSCRIPTION.", (3, 14)),
            Error("Directive \"@onQuery\" may not be used on FRAGMENT_DEFINITION.", (4, 27)));

    [Fact]
    public void DirectivesInTypeSystemDefinitions_AreChecked()
        => ExpectErrors<KnownDirectivesRule>(
            """
            type Query @onQuery { field(arg: Int @onField): String @deprecated @unknown }
            enum E @deprecated { A @deprecated B @onQuery }
            input I { f: Int @deprecated @onField }
            extend type Query @onObject
            """,
            Error("Directive \"@onQuery\" may not be used on OBJECT.", (1, 12)),
            Error("Directive \"@onField\" may not be used on ARGUMENT_DEFINITION.", (1, 38)),
            Error("Unknown directive \"@unknown\".", (1, 68)),
            Error("Directive \"@deprecated\" may not be used on ENUM.", (2, 8)),
            Error("Directive \"@onQuery\" may not be used on ENUM_VALUE.", (2, 38)),
            Error("Directive \"@onField\" may not be used on INPUT_FIELD_DEFINITION.", (3, 30)),
            Error("Unknown directive \"@onObject\".", (4, 19)));

    [Fact]
    public void DirectivesDefinedInDocument_AreKnown()
        => ExpectValid<KnownDirectivesRule>(
            """
            directive @local on FIELD
            { dog @local { name @local } human @local(x: 1) { name } }
            """);

    [Fact]
    public void InputFieldsOfExtensions_AreArgumentDefinitions()
        => ExpectErrors<KnownDirectivesRule>(
            """
            input I { a: Int @onField }
            extend input I { b: Int @deprecated }
            directive @d(x: Int @onField) on FIELD
            scalar S @onQuery
            union U @onQuery = A
            schema @onQuery { query: Q }
            extend schema @onQuery
            extend interface X @onQuery
            extend union U @onQuery
            extend enum E @onQuery
            extend scalar S @onQuery
            """,
            Error("Directive \"@onField\" may not be used on INPUT_FIELD_DEFINITION.", (1, 18)),
            Error("Directive \"@onField\" may not be used on ARGUMENT_DEFINITION.", (3, 21)),
            Error("Directive \"@onQuery\" may not be used on SCALAR.", (4, 10)),
            Error("Directive \"@onQuery\" may not be used on UNION.", (5, 9)),
            Error("Directive \"@onQuery\" may not be used on SCHEMA.", (6, 8)),
            Error("Directive \"@onQuery\" may not be used on SCHEMA.", (7, 15)),
            Error("Directive \"@onQuery\" may not be used on INTERFACE.", (8, 20)),
            Error("Directive \"@onQuery\" may not be used on UNION.", (9, 16)),
            Error("Directive \"@onQuery\" may not be used on ENUM.", (10, 15)),
            Error("Directive \"@onQuery\" may not be used on SCALAR.", (11, 17)));
}
