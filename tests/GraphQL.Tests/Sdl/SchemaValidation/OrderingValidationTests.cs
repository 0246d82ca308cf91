namespace KtPortal.GraphQL.Tests.Sdl.SchemaValidation;

// Expected errors are graphql-js 16.15.0 validateSchema(buildSchema(sdl)) output for the same documents.
public sealed class OrderingValidationTests
{
    [Fact]
    public void ErrorsFollowRootsThenDirectivesThenTypesInTypeMapOrder()
    {
        const string sdl = """
            directive @__bad on FIELD
            input Query { a: Int }
            enum Z
            type Y { __a: Int }
            union X
            input W
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Query root type must be Object type, it cannot be Query.",
                (2, 1)),
            SchemaAssert.Error(
                "Name \"__bad\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                (1, 1)),
            SchemaAssert.Error(
                "Enum type Z must define one or more values.",
                (3, 1)),
            SchemaAssert.Error(
                "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                (4, 10)),
            SchemaAssert.Error(
                "Union type X must define one or more member types.",
                (5, 1)),
            SchemaAssert.Error(
                "Input Object type W must define one or more fields.",
                (6, 1)));
    }

    [Fact]
    public void TypesAreValidatedInDocumentOrder_NotReferenceOrder()
    {
        const string sdl = """
            type Query { b: B a: A }
            type A { __a: Int }
            type B { __b: Int }
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                (2, 10)),
            SchemaAssert.Error(
                "Name \"__b\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                (3, 10)));
    }
}
