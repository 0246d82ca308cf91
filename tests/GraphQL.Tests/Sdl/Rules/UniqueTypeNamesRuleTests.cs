namespace KtPortal.GraphQL.Tests.Sdl.Rules;

// Expected errors are graphql-js 16.15.0 validateSDL output for the same documents.
public sealed class UniqueTypeNamesRuleTests
{
    [Fact]
    public void DistinctTypeNames_AreValid()
    {
        const string sdl = """
            type Foo { a: Int }
            type Bar { a: Int }
            scalar Baz
            """;

        SdlAssert.Valid(sdl);
    }

    [Fact]
    public void DuplicateTypeNamesOfEveryKind_AreReported()
    {
        const string sdl = """
            type Foo { a: Int }
            scalar Foo
            type Foo { b: Int }
            interface Foo { c: Int }
            union Foo = Foo
            enum Foo { V }
            input Foo { d: Int }
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "UniqueTypeNamesRule",
                "There can be only one type named \"Foo\".",
                (1, 6), (2, 8)),
            SdlAssert.Error(
                "UniqueTypeNamesRule",
                "There can be only one type named \"Foo\".",
                (1, 6), (3, 6)),
            SdlAssert.Error(
                "UniqueTypeNamesRule",
                "There can be only one type named \"Foo\".",
                (1, 6), (4, 11)),
            SdlAssert.Error(
                "UniqueTypeNamesRule",
                "There can be only one type named \"Foo\".",
                (1, 6), (5, 7)),
            SdlAssert.Error(
                "UniqueTypeNamesRule",
                "There can be only one type named \"Foo\".",
                (1, 6), (6, 6)),
            SdlAssert.Error(
                "UniqueTypeNamesRule",
                "There can be only one type named \"Foo\".",
                (1, 6), (7, 7)));
    }

    [Fact]
    public void TypeAndItsExtension_AreValid()
    {
        const string sdl = """
            type Foo { a: Int }
            extend type Foo { b: Int }
            """;

        SdlAssert.Valid(sdl);
    }
}
