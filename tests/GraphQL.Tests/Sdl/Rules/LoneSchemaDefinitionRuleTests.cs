namespace KtPortal.GraphQL.Tests.Sdl.Rules;

// Expected errors are graphql-js 16.15.0 validateSDL output for the same documents.
public sealed class LoneSchemaDefinitionRuleTests
{
    [Fact]
    public void OneSchemaDefinition_IsValid()
    {
        const string sdl = """
            type Query { a: Int }
            schema { query: Query }
            """;

        SdlAssert.Valid(sdl);
    }

    [Fact]
    public void TwoSchemaDefinitions_AreReported()
    {
        const string sdl = """
            type Query { a: Int }
            schema { query: Query }
            schema { query: Query }
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "LoneSchemaDefinitionRule",
                "Must provide only one schema definition.",
                (3, 1)),
            SdlAssert.Error(
                "UniqueOperationTypesRule",
                "There can be only one query type in schema.",
                (2, 10), (3, 10)));
    }

    [Fact]
    public void ThreeSchemaDefinitions_ReportEachExtraOne()
    {
        const string sdl = """
            type Query { a: Int }
            schema { query: Query }
            schema { query: Query }
            schema { query: Query }
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "LoneSchemaDefinitionRule",
                "Must provide only one schema definition.",
                (3, 1)),
            SdlAssert.Error(
                "UniqueOperationTypesRule",
                "There can be only one query type in schema.",
                (2, 10), (3, 10)),
            SdlAssert.Error(
                "LoneSchemaDefinitionRule",
                "Must provide only one schema definition.",
                (4, 1)),
            SdlAssert.Error(
                "UniqueOperationTypesRule",
                "There can be only one query type in schema.",
                (2, 10), (4, 10)));
    }

    [Fact]
    public void SchemaExtension_DoesNotCount()
    {
        const string sdl = """
            type Query { a: Int }
            type Mutation { b: Int }
            schema { query: Query }
            extend schema { mutation: Mutation }
            """;

        SdlAssert.Valid(sdl);
    }
}
