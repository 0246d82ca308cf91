namespace KtPortal.GraphQL.Tests.Sdl.Rules;

// Expected errors are graphql-js 16.15.0 validateSDL output for the same documents.
public sealed class UniqueArgumentDefinitionNamesRuleTests
{
    [Fact]
    public void DistinctArguments_AreValid()
    {
        const string sdl = """
            type T { f(a: Int, b: Int): Int g(a: Int): Int }
            directive @d(a: Int, b: Int) on FIELD
            """;

        SdlAssert.Valid(sdl);
    }

    [Fact]
    public void DuplicateArgumentsOnFields_AreReported()
    {
        const string sdl = """
            type T { f(a: Int, b: Int, a: String, a: Int): Int }
            interface I { f(b: Int, b: Int): Int }
            extend type T { g(c: Int, c: Int): Int }
            extend interface I { g(d: Int, d: Int): Int }
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "UniqueArgumentDefinitionNamesRule",
                "Argument \"T.f(a:)\" can only be defined once.",
                (1, 12), (1, 28), (1, 39)),
            SdlAssert.Error(
                "UniqueArgumentDefinitionNamesRule",
                "Argument \"I.f(b:)\" can only be defined once.",
                (2, 17), (2, 25)),
            SdlAssert.Error(
                "UniqueArgumentDefinitionNamesRule",
                "Argument \"T.g(c:)\" can only be defined once.",
                (3, 19), (3, 27)),
            SdlAssert.Error(
                "UniqueArgumentDefinitionNamesRule",
                "Argument \"I.g(d:)\" can only be defined once.",
                (4, 24), (4, 32)));
    }

    [Fact]
    public void DuplicateArgumentsOnDirective_AreReported()
    {
        const string sdl = """
            directive @d(a: Int, b: Int, a: Int, b: Int) on FIELD
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "UniqueArgumentDefinitionNamesRule",
                "Argument \"@d(a:)\" can only be defined once.",
                (1, 14), (1, 30)),
            SdlAssert.Error(
                "UniqueArgumentDefinitionNamesRule",
                "Argument \"@d(b:)\" can only be defined once.",
                (1, 22), (1, 38)));
    }
}
