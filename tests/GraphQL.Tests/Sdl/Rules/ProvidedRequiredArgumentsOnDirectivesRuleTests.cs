namespace KtPortal.GraphQL.Tests.Sdl.Rules;

// Expected errors are graphql-js 16.15.0 validateSDL output for the same documents.
public sealed class ProvidedRequiredArgumentsOnDirectivesRuleTests
{
    [Fact]
    public void ProvidedRequiredArguments_AreValid()
    {
        const string sdl = """
            directive @d(a: Int!, b: [String!]!, c: Int! = 1, d: Int) on OBJECT
            type Query @d(a: 1, b: ["x"]) { a: Int }
            scalar S @specifiedBy(url: "x")
            """;

        SdlAssert.Valid(sdl);
    }

    [Fact]
    public void MissingRequiredArguments_AreReported()
    {
        const string sdl = """
            directive @d(a: Int!, b: [String!]!, c: Int! = 1, d: Int) on OBJECT
            type Query @d(d: 1) { a: Int }
            scalar S @specifiedBy
            query { a @include @skip }
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "ProvidedRequiredArgumentsOnDirectivesRule",
                "Directive \"@d\" argument \"a\" of type \"Int!\" is required, but it was not provided.",
                (2, 12)),
            SdlAssert.Error(
                "ProvidedRequiredArgumentsOnDirectivesRule",
                "Directive \"@d\" argument \"b\" of type \"[String!]!\" is required, but it was not provided.",
                (2, 12)),
            SdlAssert.Error(
                "ProvidedRequiredArgumentsOnDirectivesRule",
                "Directive \"@specifiedBy\" argument \"url\" of type \"String!\" is required, but it was not provided.",
                (3, 10)),
            SdlAssert.Error(
                "ProvidedRequiredArgumentsOnDirectivesRule",
                "Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.",
                (4, 11)),
            SdlAssert.Error(
                "ProvidedRequiredArgumentsOnDirectivesRule",
                "Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.",
                (4, 20)));
    }

    [Fact]
    public void RedefinedSpecifiedDirective_UsesTheNewDefinition()
    {
        const string sdl = """
            directive @specifiedBy(link: String!) on SCALAR
            scalar S @specifiedBy(url: "x")
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "KnownArgumentNamesOnDirectivesRule",
                "Unknown argument \"url\" on directive \"@specifiedBy\".",
                (2, 23)),
            SdlAssert.Error(
                "ProvidedRequiredArgumentsOnDirectivesRule",
                "Directive \"@specifiedBy\" argument \"link\" of type \"String!\" is required, but it was not provided.",
                (2, 10)));
    }

    [Fact]
    public void ErrorsInsideArgumentsComeBeforeMissingArguments()
    {
        const string sdl = """
            directive @d(a: Int!, v: In) on OBJECT
            input In { x: Int }
            type Query @d(v: { x: 1, x: 2 }, v: 3, z: 1) { a: Int }
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "KnownArgumentNamesOnDirectivesRule",
                "Unknown argument \"z\" on directive \"@d\". Did you mean \"a\" or \"v\"?",
                (3, 40)),
            SdlAssert.Error(
                "UniqueArgumentNamesRule",
                "There can be only one argument named \"v\".",
                (3, 15), (3, 34)),
            SdlAssert.Error(
                "UniqueInputFieldNamesRule",
                "There can be only one input field named \"x\".",
                (3, 20), (3, 26)),
            SdlAssert.Error(
                "ProvidedRequiredArgumentsOnDirectivesRule",
                "Directive \"@d\" argument \"a\" of type \"Int!\" is required, but it was not provided.",
                (3, 12)));
    }

    [Fact]
    public void DuplicateRequiredArgumentDefinitions_ReportOnceWithTheLastType()
    {
        const string sdl = """
            directive @d(a: Int!, b: Int!, a: String!) on OBJECT
            type Query @d { a: Int }
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "UniqueArgumentDefinitionNamesRule",
                "Argument \"@d(a:)\" can only be defined once.",
                (1, 14), (1, 32)),
            SdlAssert.Error(
                "ProvidedRequiredArgumentsOnDirectivesRule",
                "Directive \"@d\" argument \"a\" of type \"String!\" is required, but it was not provided.",
                (2, 12)),
            SdlAssert.Error(
                "ProvidedRequiredArgumentsOnDirectivesRule",
                "Directive \"@d\" argument \"b\" of type \"Int!\" is required, but it was not provided.",
                (2, 12)));
    }
}
