namespace KtPortal.GraphQL.Tests.Sdl.Rules;

// Expected errors are graphql-js 16.15.0 validateSDL output for the same documents.
public sealed class UniqueDirectiveNamesRuleTests
{
    [Fact]
    public void DistinctDirectives_AreValid()
    {
        const string sdl = """
            directive @a on FIELD
            directive @b on FIELD
            """;

        SdlAssert.Valid(sdl);
    }

    [Fact]
    public void DuplicateDirectives_AreReported()
    {
        const string sdl = """
            directive @a on FIELD
            directive @a on QUERY
            directive @a on OBJECT
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "UniqueDirectiveNamesRule",
                "There can be only one directive named \"@a\".",
                (1, 12), (2, 12)),
            SdlAssert.Error(
                "UniqueDirectiveNamesRule",
                "There can be only one directive named \"@a\".",
                (1, 12), (3, 12)));
    }

    [Fact]
    public void RedefiningSpecifiedDirective_IsValid()
    {
        const string sdl = """
            directive @include(if: Boolean!) on FIELD
            """;

        SdlAssert.Valid(sdl);
    }
}
