namespace KtPortal.GraphQL.Tests.Sdl.Rules;

// Expected errors are graphql-js 16.15.0 validateSDL output for the same documents.
public sealed class KnownArgumentNamesOnDirectivesRuleTests
{
    [Fact]
    public void KnownArguments_AreValid()
    {
        const string sdl = """
            directive @d(a: Int, b: String) on OBJECT
            type Query @d(a: 1, b: "x") { a: Int @deprecated(reason: "x") }
            scalar S @specifiedBy(url: "x")
            """;

        SdlAssert.Valid(sdl);
    }

    [Fact]
    public void UnknownArguments_AreReportedWithSuggestions()
    {
        const string sdl = """
            directive @d(alpha: Int, beta: String) on OBJECT
            type Query @d(alpah: 1, gamma: 2, beta: "x") { a: Int @deprecated(reson: "x") }
            scalar S @specifiedBy(URL: "x")
            scalar T @unknown(a: 1)
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "KnownArgumentNamesOnDirectivesRule",
                "Unknown argument \"alpah\" on directive \"@d\". Did you mean \"alpha\"?",
                (2, 15)),
            SdlAssert.Error(
                "KnownArgumentNamesOnDirectivesRule",
                "Unknown argument \"gamma\" on directive \"@d\".",
                (2, 25)),
            SdlAssert.Error(
                "KnownArgumentNamesOnDirectivesRule",
                "Unknown argument \"reson\" on directive \"@deprecated\". Did you mean \"reason\"?",
                (2, 67)),
            SdlAssert.Error(
                "KnownArgumentNamesOnDirectivesRule",
                "Unknown argument \"URL\" on directive \"@specifiedBy\". Did you mean \"url\"?",
                (3, 23)),
            SdlAssert.Error(
                "ProvidedRequiredArgumentsOnDirectivesRule",
                "Directive \"@specifiedBy\" argument \"url\" of type \"String!\" is required, but it was not provided.",
                (3, 10)),
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Unknown directive \"@unknown\".",
                (4, 10)));
    }
}
