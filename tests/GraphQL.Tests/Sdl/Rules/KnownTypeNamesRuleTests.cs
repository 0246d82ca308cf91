namespace KtPortal.GraphQL.Tests.Sdl.Rules;

// Expected errors are graphql-js 16.15.0 validateSDL output for the same documents.
public sealed class KnownTypeNamesRuleTests
{
    [Fact]
    public void DefinedAndStandardTypes_AreValid()
    {
        const string sdl = """
            type Query { a: String b: Int c: Float d: Boolean e: ID f: Foo g: __Type }
            type Foo implements Bar { a(x: In): [Foo!]! }
            interface Bar { a(x: In): [Foo!]! }
            union U = Query | Foo
            input In { a: In2 }
            input In2 { a: Int }
            schema { query: Query }
            """;

        SdlAssert.Valid(sdl);
    }

    [Fact]
    public void UnknownTypes_AreReportedWithSuggestions()
    {
        const string sdl = """
            type Query {
              a: Strin
              b: Foo
              c: [Bar!]
              d(arg: Flot): Int
            }
            type Fooo { a: Int }
            interface Baa implements Fob { a: Int }
            union U = Quer | Fooo
            input In { a: Innn }
            schema { query: Querx mutation: Unknown }
            directive @d(a: Boolen) on FIELD
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "KnownTypeNamesRule",
                "Unknown type \"Strin\". Did you mean \"String\" or \"In\"?",
                (2, 6)),
            SdlAssert.Error(
                "KnownTypeNamesRule",
                "Unknown type \"Foo\". Did you mean \"Fooo\"?",
                (3, 6)),
            SdlAssert.Error(
                "KnownTypeNamesRule",
                "Unknown type \"Bar\". Did you mean \"Baa\"?",
                (4, 7)),
            SdlAssert.Error(
                "KnownTypeNamesRule",
                "Unknown type \"Flot\". Did you mean \"Float\" or \"Fooo\"?",
                (5, 10)),
            SdlAssert.Error(
                "KnownTypeNamesRule",
                "Unknown type \"Fob\". Did you mean \"Fooo\"?",
                (8, 26)),
            SdlAssert.Error(
                "KnownTypeNamesRule",
                "Unknown type \"Quer\". Did you mean \"Query\"?",
                (9, 11)),
            SdlAssert.Error(
                "KnownTypeNamesRule",
                "Unknown type \"Innn\". Did you mean \"In\" or \"Int\"?",
                (10, 15)),
            SdlAssert.Error(
                "KnownTypeNamesRule",
                "Unknown type \"Querx\". Did you mean \"Query\"?",
                (11, 17)),
            SdlAssert.Error(
                "KnownTypeNamesRule",
                "Unknown type \"Unknown\".",
                (11, 33)),
            SdlAssert.Error(
                "KnownTypeNamesRule",
                "Unknown type \"Boolen\". Did you mean \"Boolean\"?",
                (12, 17)));
    }

    [Fact]
    public void UnknownTypesInExtensions_AreReported()
    {
        const string sdl = """
            type Query { a: Int }
            extend type Query { b: Strng }
            extend schema { mutation: Mutaton }
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "KnownTypeNamesRule",
                "Unknown type \"Strng\". Did you mean \"String\"?",
                (2, 24)),
            SdlAssert.Error(
                "KnownTypeNamesRule",
                "Unknown type \"Mutaton\".",
                (3, 27)));
    }

    [Fact]
    public void ExecutableDefinitionsDoNotGetStandardTypes()
    {
        const string sdl = """
            type Query { a: Int }
            query Q($v: String, $w: Foo) { a }
            fragment F on Quer { a }
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "KnownTypeNamesRule",
                "Unknown type \"String\".",
                (2, 13)),
            SdlAssert.Error(
                "KnownTypeNamesRule",
                "Unknown type \"Foo\".",
                (2, 25)),
            SdlAssert.Error(
                "KnownTypeNamesRule",
                "Unknown type \"Quer\". Did you mean \"Query\"?",
                (3, 15)));
    }

    [Fact]
    public void ManySuggestions_AreCappedAtFive()
    {
        const string sdl = """
            type Query { a: Abcd }
            scalar Abce
            scalar Abcf
            scalar Abcg
            scalar Abch
            scalar Abci
            scalar Abcj
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "KnownTypeNamesRule",
                "Unknown type \"Abcd\". Did you mean \"Abce\", \"Abcf\", \"Abcg\", \"Abch\", or \"Abci\"?",
                (1, 17)));
    }

    [Fact]
    public void SuggestionsAreOrderedByDistanceThenNaturally()
    {
        const string sdl = """
            type Query { a: Foo }
            scalar Foo10
            scalar Foo2
            scalar Foo1
            scalar Fo
            scalar foo
            scalar FOO
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "KnownTypeNamesRule",
                "Unknown type \"Foo\". Did you mean \"FOO\", \"Fo\", \"Foo1\", \"Foo2\", or \"foo\"?",
                (1, 17)));
    }

    [Fact]
    public void CaseOnlyDifference_IsSuggested()
    {
        const string sdl = """
            type Query { a: string b: int c: id }
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "KnownTypeNamesRule",
                "Unknown type \"string\". Did you mean \"String\"?",
                (1, 17)),
            SdlAssert.Error(
                "KnownTypeNamesRule",
                "Unknown type \"int\". Did you mean \"Int\" or \"ID\"?",
                (1, 27)),
            SdlAssert.Error(
                "KnownTypeNamesRule",
                "Unknown type \"id\". Did you mean \"ID\"?",
                (1, 34)));
    }
}
