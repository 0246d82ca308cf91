namespace KtPortal.GraphQL.Tests.Sdl.Rules;

// Expected errors are graphql-js 16.15.0 validateSDL output for the same documents.
public sealed class UniqueFieldDefinitionNamesRuleTests
{
    [Fact]
    public void DistinctFields_AreValid()
    {
        const string sdl = """
            type T { a: Int b: Int }
            interface I { a: Int b: Int }
            input In { a: Int b: Int }
            """;

        SdlAssert.Valid(sdl);
    }

    [Fact]
    public void DuplicateFieldsInEachKind_AreReported()
    {
        const string sdl = """
            type T { a: Int b: Int a: String }
            interface I { a: Int a: Int }
            input In { a: Int a: Int }
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "UniqueFieldDefinitionNamesRule",
                "Field \"T.a\" can only be defined once.",
                (1, 10), (1, 24)),
            SdlAssert.Error(
                "UniqueFieldDefinitionNamesRule",
                "Field \"I.a\" can only be defined once.",
                (2, 15), (2, 22)),
            SdlAssert.Error(
                "UniqueFieldDefinitionNamesRule",
                "Field \"In.a\" can only be defined once.",
                (3, 12), (3, 19)));
    }

    [Fact]
    public void DuplicateFieldsAcrossExtensions_AreReported()
    {
        const string sdl = """
            type T { a: Int }
            extend type T { b: Int a: Int }
            interface I { a: Int }
            extend interface I { a: Int }
            input In { a: Int }
            extend input In { a: Int }
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "UniqueFieldDefinitionNamesRule",
                "Field \"T.a\" can only be defined once.",
                (1, 10), (2, 24)),
            SdlAssert.Error(
                "UniqueFieldDefinitionNamesRule",
                "Field \"I.a\" can only be defined once.",
                (3, 15), (4, 22)),
            SdlAssert.Error(
                "UniqueFieldDefinitionNamesRule",
                "Field \"In.a\" can only be defined once.",
                (5, 12), (6, 19)));
    }

    [Fact]
    public void SameNameObjectAndInputObject_ShareFieldNames()
    {
        const string sdl = """
            type Foo { a: Int }
            input Foo { a: Int b: Int }
            extend input Foo { b: Int }
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "UniqueTypeNamesRule",
                "There can be only one type named \"Foo\".",
                (1, 6), (2, 7)),
            SdlAssert.Error(
                "UniqueFieldDefinitionNamesRule",
                "Field \"Foo.a\" can only be defined once.",
                (1, 12), (2, 13)),
            SdlAssert.Error(
                "UniqueFieldDefinitionNamesRule",
                "Field \"Foo.b\" can only be defined once.",
                (2, 20), (3, 20)));
    }
}
