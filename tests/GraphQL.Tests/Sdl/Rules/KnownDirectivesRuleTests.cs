namespace KtPortal.GraphQL.Tests.Sdl.Rules;

// Expected errors are graphql-js 16.15.0 validateSDL output for the same documents.
public sealed class KnownDirectivesRuleTests
{
    [Fact]
    public void DirectivesInValidLocations_AreValid()
    {
        const string sdl = """
            directive @onSchema on SCHEMA
            directive @onScalar on SCALAR
            directive @onObject on OBJECT
            directive @onField on FIELD_DEFINITION
            directive @onArg on ARGUMENT_DEFINITION
            directive @onInterface on INTERFACE
            directive @onUnion on UNION
            directive @onEnum on ENUM
            directive @onEnumValue on ENUM_VALUE
            directive @onInput on INPUT_OBJECT
            directive @onInputField on INPUT_FIELD_DEFINITION
            schema @onSchema { query: Query }
            extend schema @onSchema
            scalar S @onScalar @specifiedBy(url: "https://example.com")
            type Query @onObject { a(x: Int @onArg @deprecated): Int @onField @deprecated(reason: "x") }
            interface I @onInterface { a: Int }
            union U @onUnion = Query
            enum E @onEnum { A @onEnumValue @deprecated }
            input In @onInput @oneOf { a: Int @onInputField @deprecated }
            extend type Query @onObject
            extend interface I @onInterface
            extend union U @onUnion
            extend enum E @onEnum
            extend input In @onInput
            extend scalar S @onScalar
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "UniqueDirectivesPerLocationRule",
                "The directive \"@onSchema\" can only be used once at this location.",
                (12, 8), (13, 15)),
            SdlAssert.Error(
                "UniqueDirectivesPerLocationRule",
                "The directive \"@onObject\" can only be used once at this location.",
                (15, 12), (20, 19)),
            SdlAssert.Error(
                "UniqueDirectivesPerLocationRule",
                "The directive \"@onInterface\" can only be used once at this location.",
                (16, 13), (21, 20)),
            SdlAssert.Error(
                "UniqueDirectivesPerLocationRule",
                "The directive \"@onUnion\" can only be used once at this location.",
                (17, 9), (22, 16)),
            SdlAssert.Error(
                "UniqueDirectivesPerLocationRule",
                "The directive \"@onEnum\" can only be used once at this location.",
                (18, 8), (23, 15)),
            SdlAssert.Error(
                "UniqueDirectivesPerLocationRule",
                "The directive \"@onInput\" can only be used once at this location.",
                (19, 10), (24, 17)),
            SdlAssert.Error(
                "UniqueDirectivesPerLocationRule",
                "The directive \"@onScalar\" can only be used once at this location.",
                (14, 10), (25, 17)));
    }

    [Fact]
    public void UnknownDirectives_AreReported()
    {
        const string sdl = """
            type Query @unknown { a: Int @missing }
            scalar S @specifiedByy(url: "x")
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Unknown directive \"@unknown\".",
                (1, 12)),
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Unknown directive \"@missing\".",
                (1, 30)),
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Unknown directive \"@specifiedByy\".",
                (2, 10)));
    }

    [Fact]
    public void DirectivesInWrongLocations_AreReported()
    {
        const string sdl = """
            directive @onObject on OBJECT
            directive @onField on FIELD_DEFINITION
            schema @onObject { query: Query }
            extend schema @onObject
            scalar S @onObject
            type Query @onField { a(x: Int @onObject): Int @onObject }
            interface I @onObject { a: Int }
            union U @onObject = Query
            enum E @onObject { A @onObject }
            input In @onField { a: Int @onObject }
            extend type Query @onField
            extend scalar S @onField
            extend interface I @onField
            extend union U @onField
            extend enum E @onField
            extend input In @onObject
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Directive \"@onObject\" may not be used on SCHEMA.",
                (3, 8)),
            SdlAssert.Error(
                "UniqueDirectivesPerLocationRule",
                "The directive \"@onObject\" can only be used once at this location.",
                (3, 8), (4, 15)),
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Directive \"@onObject\" may not be used on SCHEMA.",
                (4, 15)),
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Directive \"@onObject\" may not be used on SCALAR.",
                (5, 10)),
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Directive \"@onField\" may not be used on OBJECT.",
                (6, 12)),
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Directive \"@onObject\" may not be used on ARGUMENT_DEFINITION.",
                (6, 32)),
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Directive \"@onObject\" may not be used on FIELD_DEFINITION.",
                (6, 48)),
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Directive \"@onObject\" may not be used on INTERFACE.",
                (7, 13)),
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Directive \"@onObject\" may not be used on UNION.",
                (8, 9)),
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Directive \"@onObject\" may not be used on ENUM.",
                (9, 8)),
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Directive \"@onObject\" may not be used on ENUM_VALUE.",
                (9, 22)),
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Directive \"@onField\" may not be used on INPUT_OBJECT.",
                (10, 10)),
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Directive \"@onObject\" may not be used on INPUT_FIELD_DEFINITION.",
                (10, 28)),
            SdlAssert.Error(
                "UniqueDirectivesPerLocationRule",
                "The directive \"@onField\" can only be used once at this location.",
                (6, 12), (11, 19)),
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Directive \"@onField\" may not be used on OBJECT.",
                (11, 19)),
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Directive \"@onField\" may not be used on SCALAR.",
                (12, 17)),
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Directive \"@onField\" may not be used on INTERFACE.",
                (13, 20)),
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Directive \"@onField\" may not be used on UNION.",
                (14, 16)),
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Directive \"@onField\" may not be used on ENUM.",
                (15, 15)),
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Directive \"@onObject\" may not be used on INPUT_OBJECT.",
                (16, 17)));
    }

    [Fact]
    public void InputFieldInExtension_IsCheckedAsArgumentDefinition()
    {
        const string sdl = """
            directive @onInputField on INPUT_FIELD_DEFINITION
            directive @onArg on ARGUMENT_DEFINITION
            input In { a: Int @onInputField }
            extend input In { b: Int @onInputField c: Int @onArg }
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Directive \"@onInputField\" may not be used on ARGUMENT_DEFINITION.",
                (4, 26)));
    }

    [Fact]
    public void DirectiveArgumentDefinition_IsArgumentDefinition()
    {
        const string sdl = """
            directive @onArg on ARGUMENT_DEFINITION
            directive @onInputField on INPUT_FIELD_DEFINITION
            directive @d(a: Int @onArg, b: Int @onInputField) on FIELD
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Directive \"@onInputField\" may not be used on ARGUMENT_DEFINITION.",
                (3, 36)));
    }

    [Fact]
    public void DirectivesInExecutableDefinitions_AreChecked()
    {
        const string sdl = """
            type Query { a: Int }
            query Q($v: Int @include(if: true)) @skip(if: true) { a @deprecated ...F @include(if: true) ... @skip(if: false) { a } }
            fragment F on Query @include(if: true) { a }
            mutation M @onMutation { a }
            subscription S @include(if: true) { a }
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "KnownTypeNamesRule",
                "Unknown type \"Int\".",
                (2, 13)),
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Directive \"@include\" may not be used on VARIABLE_DEFINITION.",
                (2, 17)),
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Directive \"@skip\" may not be used on QUERY.",
                (2, 37)),
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Directive \"@deprecated\" may not be used on FIELD.",
                (2, 57)),
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Directive \"@include\" may not be used on FRAGMENT_DEFINITION.",
                (3, 21)),
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Unknown directive \"@onMutation\".",
                (4, 12)),
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Directive \"@include\" may not be used on SUBSCRIPTION.",
                (5, 16)));
    }

    [Fact]
    public void VariableDefinitionDirectives_AreChecked()
    {
        const string sdl = """
            directive @onVar on VARIABLE_DEFINITION
            type Query { a(x: Int): Int }
            query Q($a: Int @onVar, $b: Int @include(if: true)) { a(x: $a) }
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "KnownTypeNamesRule",
                "Unknown type \"Int\".",
                (3, 13)),
            SdlAssert.Error(
                "KnownTypeNamesRule",
                "Unknown type \"Int\".",
                (3, 29)),
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Directive \"@include\" may not be used on VARIABLE_DEFINITION.",
                (3, 33)));
    }

    [Fact]
    public void RedefinedSpecifiedDirective_UsesNewLocations()
    {
        const string sdl = """
            directive @deprecated on OBJECT
            type Query @deprecated { a: Int @deprecated }
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Directive \"@deprecated\" may not be used on FIELD_DEFINITION.",
                (2, 33)));
    }
}
