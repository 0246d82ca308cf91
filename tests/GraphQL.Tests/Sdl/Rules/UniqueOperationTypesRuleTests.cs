namespace KtPortal.GraphQL.Tests.Sdl.Rules;

// Expected errors are graphql-js 16.15.0 validateSDL output for the same documents.
public sealed class UniqueOperationTypesRuleTests
{
    [Fact]
    public void DistinctOperationTypes_AreValid()
    {
        const string sdl = """
            type Foo { a: Int }
            schema { query: Foo mutation: Foo subscription: Foo }
            """;

        SdlAssert.Valid(sdl);
    }

    [Fact]
    public void DuplicateOperationTypeInDefinition_IsReported()
    {
        const string sdl = """
            type Foo { a: Int }
            schema {
              query: Foo
              mutation: Foo
              subscription: Foo
              query: Foo
              mutation: Foo
              subscription: Foo
            }
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "UniqueOperationTypesRule",
                "There can be only one query type in schema.",
                (3, 3), (6, 3)),
            SdlAssert.Error(
                "UniqueOperationTypesRule",
                "There can be only one mutation type in schema.",
                (4, 3), (7, 3)),
            SdlAssert.Error(
                "UniqueOperationTypesRule",
                "There can be only one subscription type in schema.",
                (5, 3), (8, 3)));
    }

    [Fact]
    public void OperationTypeRedefinedInExtension_IsReported()
    {
        const string sdl = """
            type Foo { a: Int }
            schema { query: Foo }
            extend schema { query: Foo }
            extend schema { query: Foo }
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "UniqueOperationTypesRule",
                "There can be only one query type in schema.",
                (2, 10), (3, 17)),
            SdlAssert.Error(
                "UniqueOperationTypesRule",
                "There can be only one query type in schema.",
                (2, 10), (4, 17)));
    }

    [Fact]
    public void OperationTypesSpreadOverExtensions_AreValid()
    {
        const string sdl = """
            type Foo { a: Int }
            schema { query: Foo }
            extend schema { mutation: Foo }
            extend schema { subscription: Foo }
            """;

        SdlAssert.Valid(sdl);
    }
}
