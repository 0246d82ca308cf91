namespace KtPortal.GraphQL.Tests.Sdl.Rules;

// Expected errors are graphql-js 16.15.0 validateSDL output for the same documents.
public sealed class UniqueArgumentNamesRuleTests
{
    [Fact]
    public void DistinctArguments_AreValid()
    {
        const string sdl = """
            directive @d(a: Int, b: Int) on OBJECT
            type Query @d(a: 1, b: 2) { a: Int }
            """;

        SdlAssert.Valid(sdl);
    }

    [Fact]
    public void DuplicateArguments_AreReported()
    {
        const string sdl = """
            directive @d(a: Int, b: Int) on OBJECT
            type Query @d(a: 1, b: 2, a: 3, b: 4, a: 5) { a: Int }
            query { a(x: 1, x: 2) }
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "UniqueArgumentNamesRule",
                "There can be only one argument named \"a\".",
                (2, 15), (2, 27), (2, 39)),
            SdlAssert.Error(
                "UniqueArgumentNamesRule",
                "There can be only one argument named \"b\".",
                (2, 21), (2, 33)),
            SdlAssert.Error(
                "UniqueArgumentNamesRule",
                "There can be only one argument named \"x\".",
                (3, 11), (3, 17)));
    }
}
