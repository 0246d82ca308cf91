namespace KtPortal.GraphQL.Tests.Sdl.SchemaValidation;

// Expected errors are graphql-js 16.15.0 validateSchema(buildSchema(sdl)) output for the same documents.
public sealed class FieldsValidationTests
{
    [Fact]
    public void ReservedTypeFieldAndArgumentNames_AreReported()
    {
        const string sdl = """
            type Query { __a(__x: Int): Int b: __Bad }
            type __Bad { a: Int }
            interface I { __f: Int }
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                (1, 14)),
            SchemaAssert.Error(
                "Name \"__x\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                (1, 18)),
            SchemaAssert.Error(
                "Name \"__Bad\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                (2, 1)),
            SchemaAssert.Error(
                "Name \"__f\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                (3, 15)));
    }

    [Fact]
    public void TypesWithoutFields_AreReportedWithTheirExtensions()
    {
        const string sdl = """
            directive @d repeatable on OBJECT | INTERFACE
            type Query { a: Empty b: EmptyInterface }
            type Empty
            extend type Empty @d
            interface EmptyInterface
            extend interface EmptyInterface @d
            extend interface EmptyInterface @d
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Type Empty must define one or more fields.",
                (3, 1), (4, 1)),
            SchemaAssert.Error(
                "Type EmptyInterface must define one or more fields.",
                (5, 1), (6, 1), (7, 1)));
    }

    [Fact]
    public void InputTypedFields_AreReportedAtTheType()
    {
        const string sdl = """
            type Query { a: In b: [In!]! c: Int }
            input In { a: Int }
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "The type of Query.a must be Output Type but got: In.",
                (1, 17)),
            SchemaAssert.Error(
                "The type of Query.b must be Output Type but got: [In!]!.",
                (1, 23)));
    }

    [Fact]
    public void OutputTypedArguments_AreReportedAtTheType()
    {
        const string sdl = """
            type Query { a(x: Query, y: [Query!], z: In): Int }
            input In { a: Int }
            interface I { f(x: U): Int }
            union U = Query
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "The type of Query.a(x:) must be Input Type but got: Query.",
                (1, 19)),
            SchemaAssert.Error(
                "The type of Query.a(y:) must be Input Type but got: [Query!].",
                (1, 29)),
            SchemaAssert.Error(
                "The type of I.f(x:) must be Input Type but got: U.",
                (3, 20)));
    }

    [Fact]
    public void DeprecatedRequiredFieldArguments_AreReported()
    {
        const string sdl = """
            type Query { a(x: Int! @deprecated, y: Int! = 1 @deprecated, z: Int @deprecated): Int }
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Required argument Query.a(x:) cannot be deprecated.",
                (1, 24), (1, 19)));
    }
}
