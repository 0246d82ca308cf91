namespace KtPortal.GraphQL.Tests.Sdl.SchemaValidation;

// Expected errors are graphql-js 16.15.0 validateSchema(buildSchema(sdl)) output for the same documents.
public sealed class DirectivesValidationTests
{
    [Fact]
    public void WellFormedDirectives_AreValid()
    {
        const string sdl = """
            type Query { a: Int }
            directive @d(a: Int, b: [String!]! = [], c: Int! = 1 @deprecated, d: Int @deprecated) repeatable on FIELD | OBJECT
            """;

        SchemaAssert.Valid(sdl);
    }

    [Fact]
    public void ReservedDirectiveAndArgumentNames_AreReported()
    {
        const string sdl = """
            type Query { a: Int }
            directive @__d(__a: Int) on FIELD
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Name \"__d\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                (2, 1)),
            SchemaAssert.Error(
                "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                (2, 16)));
    }

    [Fact]
    public void OutputTypedDirectiveArguments_AreReportedAtTheArgument()
    {
        const string sdl = """
            type Query { a: Int }
            union U = Query
            directive @d(a: Query, b: [U!], c: Int) on FIELD
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "The type of @d(a:) must be Input Type but got: Query.",
                (3, 14)),
            SchemaAssert.Error(
                "The type of @d(b:) must be Input Type but got: [U!].",
                (3, 24)));
    }

    [Fact]
    public void DeprecatedRequiredDirectiveArgument_IsReported()
    {
        const string sdl = """
            type Query { a: Int }
            directive @d(a: Int! @deprecated, b: String! @deprecated(reason: "old")) on FIELD
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Required argument @d(a:) cannot be deprecated.",
                (2, 22), (2, 17)),
            SchemaAssert.Error(
                "Required argument @d(b:) cannot be deprecated.",
                (2, 46), (2, 38)));
    }
}
