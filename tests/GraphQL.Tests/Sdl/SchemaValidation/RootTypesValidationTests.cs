namespace KtPortal.GraphQL.Tests.Sdl.SchemaValidation;

// Expected errors are graphql-js 16.15.0 validateSchema(buildSchema(sdl)) output for the same documents.
public sealed class RootTypesValidationTests
{
    [Fact]
    public void ObjectQueryType_IsValid()
    {
        const string sdl = """
            type Query { a: Int }
            """;

        SchemaAssert.Valid(sdl);
    }

    [Fact]
    public void SchemaDefinitionWithObjectRoots_IsValid()
    {
        const string sdl = """
            schema { query: Q mutation: M subscription: S }
            type Q { a: Int }
            type M { a: Int }
            type S { a: Int }
            """;

        SchemaAssert.Valid(sdl);
    }

    [Fact]
    public void MissingQueryType_IsReportedWithoutLocation()
    {
        const string sdl = """
            type Foo { a: Int }
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Query root type must be provided."));
    }

    [Fact]
    public void SchemaDefinitionWithoutQuery_IsReportedAtTheSchemaDefinition()
    {
        const string sdl = """
            schema { mutation: Foo }
            type Foo { a: Int }
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Query root type must be provided.",
                (1, 1)));
    }

    [Fact]
    public void NonObjectRootTypesInSchemaDefinition_AreReported()
    {
        const string sdl = """
            schema {
              query: SomeInput
              mutation: SomeEnum
              subscription: SomeUnion
            }
            type Foo { a: Int }
            input SomeInput { a: Int }
            enum SomeEnum { A }
            union SomeUnion = Foo
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Query root type must be Object type, it cannot be SomeInput.",
                (2, 10)),
            SchemaAssert.Error(
                "Mutation root type must be Object type if provided, it cannot be SomeEnum.",
                (3, 13)),
            SchemaAssert.Error(
                "Subscription root type must be Object type if provided, it cannot be SomeUnion.",
                (4, 17)));
    }

    [Fact]
    public void NonObjectRootTypesByDefaultName_AreReportedAtTheirDefinitions()
    {
        const string sdl = """
            input Query { a: Int }
            scalar Mutation
            interface Subscription { a: Int }
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Query root type must be Object type, it cannot be Query.",
                (1, 1)),
            SchemaAssert.Error(
                "Mutation root type must be Object type if provided, it cannot be Mutation.",
                (2, 1)),
            SchemaAssert.Error(
                "Subscription root type must be Object type if provided, it cannot be Subscription.",
                (3, 1)));
    }

    [Fact]
    public void NonObjectRootTypeFromSchemaExtension_IsReportedAtTheExtension()
    {
        const string sdl = """
            type Query { a: Int }
            enum E { A }
            schema { query: Query }
            extend schema { mutation: E }
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Mutation root type must be Object type if provided, it cannot be E.",
                (4, 27)));
    }
}
