namespace KtPortal.GraphQL.Tests.Sdl.SchemaValidation;

// Expected errors are graphql-js 16.15.0 validateSchema(buildSchema(sdl)) output for the same documents.
public sealed class UnionsValidationTests
{
    [Fact]
    public void ObjectMembers_AreValid()
    {
        const string sdl = """
            type Query { a: U }
            union U = Query | Foo
            extend union U = Bar
            type Foo { a: Int }
            type Bar { a: Int }
            """;

        SchemaAssert.Valid(sdl);
    }

    [Fact]
    public void UnionWithoutMembers_IsReportedWithExtensions()
    {
        const string sdl = """
            directive @d on UNION
            type Query { a: U }
            union U
            extend union U @d
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Union type U must define one or more member types.",
                (3, 1), (4, 1)));
    }

    [Fact]
    public void DuplicateMembers_AreReported()
    {
        const string sdl = """
            type Query { a: U }
            union U = Query | Query
            extend union U = Query
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Union type U can only include type Query once.",
                (2, 11), (2, 19), (3, 18)),
            SchemaAssert.Error(
                "Union type U can only include type Query once.",
                (2, 11), (2, 19), (3, 18)));
    }

    [Fact]
    public void NonObjectMembers_AreReported()
    {
        const string sdl = """
            type Query { a: U }
            union U = Query | I | S | E | In | V
            interface I { a: Int }
            scalar S
            enum E { A }
            input In { a: Int }
            union V = Query
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Union type U can only include Object types, it cannot include I.",
                (2, 19)),
            SchemaAssert.Error(
                "Union type U can only include Object types, it cannot include S.",
                (2, 23)),
            SchemaAssert.Error(
                "Union type U can only include Object types, it cannot include E.",
                (2, 27)),
            SchemaAssert.Error(
                "Union type U can only include Object types, it cannot include In.",
                (2, 31)),
            SchemaAssert.Error(
                "Union type U can only include Object types, it cannot include V.",
                (2, 36)));
    }
}
