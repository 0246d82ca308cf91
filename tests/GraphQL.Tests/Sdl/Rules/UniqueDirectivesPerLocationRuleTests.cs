namespace KtPortal.GraphQL.Tests.Sdl.Rules;

// Expected errors are graphql-js 16.15.0 validateSDL output for the same documents.
public sealed class UniqueDirectivesPerLocationRuleTests
{
    [Fact]
    public void RepeatableAndDistinctDirectives_AreValid()
    {
        const string sdl = """
            directive @rep repeatable on OBJECT | FIELD_DEFINITION
            directive @a on OBJECT | FIELD_DEFINITION
            type Query @rep @rep @a { a: Int @a @rep @rep }
            extend type Query @rep
            """;

        SdlAssert.Valid(sdl);
    }

    [Fact]
    public void DuplicateDirectivesAtOneLocation_AreReported()
    {
        const string sdl = """
            directive @a on OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | ENUM_VALUE | INPUT_FIELD_DEFINITION | SCALAR | SCHEMA
            type Query @a @a { a(x: Int @a @a): Int @a @deprecated @a @deprecated }
            enum E { V @a @a }
            input In { f: Int @a @a }
            scalar S @a @a @a
            schema @a @a { query: Query }
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "UniqueDirectivesPerLocationRule",
                "The directive \"@a\" can only be used once at this location.",
                (2, 12), (2, 15)),
            SdlAssert.Error(
                "UniqueDirectivesPerLocationRule",
                "The directive \"@a\" can only be used once at this location.",
                (2, 41), (2, 56)),
            SdlAssert.Error(
                "UniqueDirectivesPerLocationRule",
                "The directive \"@deprecated\" can only be used once at this location.",
                (2, 44), (2, 59)),
            SdlAssert.Error(
                "UniqueDirectivesPerLocationRule",
                "The directive \"@a\" can only be used once at this location.",
                (2, 29), (2, 32)),
            SdlAssert.Error(
                "UniqueDirectivesPerLocationRule",
                "The directive \"@a\" can only be used once at this location.",
                (3, 12), (3, 15)),
            SdlAssert.Error(
                "UniqueDirectivesPerLocationRule",
                "The directive \"@a\" can only be used once at this location.",
                (4, 19), (4, 22)),
            SdlAssert.Error(
                "UniqueDirectivesPerLocationRule",
                "The directive \"@a\" can only be used once at this location.",
                (5, 10), (5, 13)),
            SdlAssert.Error(
                "UniqueDirectivesPerLocationRule",
                "The directive \"@a\" can only be used once at this location.",
                (5, 10), (5, 16)),
            SdlAssert.Error(
                "UniqueDirectivesPerLocationRule",
                "The directive \"@a\" can only be used once at this location.",
                (6, 8), (6, 11)));
    }

    [Fact]
    public void DuplicateDirectivesAcrossExtensions_AreReported()
    {
        const string sdl = """
            directive @a on OBJECT | SCHEMA | SCALAR
            type Query @a { a: Int }
            extend type Query @a
            scalar S
            extend scalar S @a
            extend scalar S @a
            schema @a { query: Query }
            extend schema @a
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "UniqueDirectivesPerLocationRule",
                "The directive \"@a\" can only be used once at this location.",
                (2, 12), (3, 19)),
            SdlAssert.Error(
                "UniqueDirectivesPerLocationRule",
                "The directive \"@a\" can only be used once at this location.",
                (5, 17), (6, 17)),
            SdlAssert.Error(
                "UniqueDirectivesPerLocationRule",
                "The directive \"@a\" can only be used once at this location.",
                (7, 8), (8, 15)));
    }

    [Fact]
    public void UnknownDirectivesAreNotCheckedForUniqueness()
    {
        const string sdl = """
            type Query @unknown @unknown { a: Int }
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Unknown directive \"@unknown\".",
                (1, 12)),
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Unknown directive \"@unknown\".",
                (1, 21)));
    }

    [Fact]
    public void DuplicatesInExecutableDefinitions_AreReported()
    {
        const string sdl = """
            type Query { a: Int }
            query Q @skip(if: true) @skip(if: true) { a @include(if: true) @include(if: false) }
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "UniqueDirectivesPerLocationRule",
                "The directive \"@skip\" can only be used once at this location.",
                (2, 9), (2, 25)),
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Directive \"@skip\" may not be used on QUERY.",
                (2, 9)),
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Directive \"@skip\" may not be used on QUERY.",
                (2, 25)),
            SdlAssert.Error(
                "UniqueDirectivesPerLocationRule",
                "The directive \"@include\" can only be used once at this location.",
                (2, 45), (2, 64)));
    }

    [Fact]
    public void SpecifiedDirectiveRedefinedAsRepeatable_MayRepeat()
    {
        const string sdl = """
            directive @deprecated(reason: String) repeatable on FIELD_DEFINITION
            type Query { a: Int @deprecated @deprecated }
            """;

        SdlAssert.Valid(sdl);
    }
}
