namespace KtPortal.GraphQL.Tests.Sdl.Rules;

// Expected errors are graphql-js 16.15.0 validateSDL output for the same documents.
public sealed class UniqueInputFieldNamesRuleTests
{
    [Fact]
    public void DistinctInputFields_AreValid()
    {
        const string sdl = """
            input In { a: Int b: Int }
            directive @d(v: In) on OBJECT
            type Query @d(v: { a: 1, b: 2 }) { f(x: In = { a: 1, b: { a: 1 } }): Int }
            """;

        SdlAssert.Valid(sdl);
    }

    [Fact]
    public void DuplicateInputFields_AreReported()
    {
        const string sdl = """
            input In { a: Int b: Int }
            directive @d(v: In) on OBJECT
            type Query @d(v: { a: 1, b: 2, a: 3, a: 4 }) { f(x: In = { a: 1, b: { c: 1, c: 2 }, b: 3 }): Int }
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "UniqueInputFieldNamesRule",
                "There can be only one input field named \"a\".",
                (3, 20), (3, 32)),
            SdlAssert.Error(
                "UniqueInputFieldNamesRule",
                "There can be only one input field named \"a\".",
                (3, 20), (3, 38)),
            SdlAssert.Error(
                "UniqueInputFieldNamesRule",
                "There can be only one input field named \"c\".",
                (3, 71), (3, 77)),
            SdlAssert.Error(
                "UniqueInputFieldNamesRule",
                "There can be only one input field named \"b\".",
                (3, 66), (3, 85)));
    }

    [Fact]
    public void NestedListsAndObjects_AreChecked()
    {
        const string sdl = """
            directive @d(v: [In]) on OBJECT
            input In { a: Int b: [In] }
            type Query @d(v: [{ a: 1, a: 2 }, { b: [{ a: 1 }, { a: 1, a: 2, a: 3 }] }]) { a: Int }
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "UniqueInputFieldNamesRule",
                "There can be only one input field named \"a\".",
                (3, 21), (3, 27)),
            SdlAssert.Error(
                "UniqueInputFieldNamesRule",
                "There can be only one input field named \"a\".",
                (3, 53), (3, 59)),
            SdlAssert.Error(
                "UniqueInputFieldNamesRule",
                "There can be only one input field named \"a\".",
                (3, 53), (3, 65)));
    }
}
