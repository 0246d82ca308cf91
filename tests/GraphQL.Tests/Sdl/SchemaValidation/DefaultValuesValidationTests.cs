namespace KtPortal.GraphQL.Tests.Sdl.SchemaValidation;

// Expected errors are graphql-js 16.15.0 validateSchema(buildSchema(sdl)) output for the same documents.
public sealed class DefaultValuesValidationTests
{
    [Fact]
    public void NonCoercibleDefaults_DoNotMakeArgumentsOptional()
    {
        const string sdl = """
            enum Color { RED }
            input Point { x: Int! y: Int }
            type Query {
              a(x: Int! = null @deprecated): Int
              b(x: Int! = "s" @deprecated): Int
              c(x: Color! = BLUE @deprecated): Int
              d(x: Point! = { y: 1 } @deprecated): Int
              e(x: [Int!]! = [1, null] @deprecated): Int
              f(x: Int! = 1 @deprecated, y: Color! = RED @deprecated, z: Point! = { x: 1 } @deprecated, w: [Int]! = 1 @deprecated): Int
            }
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Required argument Query.a(x:) cannot be deprecated.",
                (4, 20), (4, 8)),
            SchemaAssert.Error(
                "Required argument Query.b(x:) cannot be deprecated.",
                (5, 19), (5, 8)),
            SchemaAssert.Error(
                "Required argument Query.c(x:) cannot be deprecated.",
                (6, 22), (6, 8)),
            SchemaAssert.Error(
                "Required argument Query.d(x:) cannot be deprecated.",
                (7, 26), (7, 8)),
            SchemaAssert.Error(
                "Required argument Query.e(x:) cannot be deprecated.",
                (8, 28), (8, 8)));
    }

    [Fact]
    public void OneOfDefaults_CountOnlyWhenTheyCoerce()
    {
        const string sdl = """
            type Query { a(x: In): Int }
            input In @oneOf { a: Int = "s" b: String = null c: [Int] = [1] d: Int }
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "OneOf input field In.b cannot have a default value.",
                (2, 32)),
            SchemaAssert.Error(
                "OneOf input field In.c cannot have a default value.",
                (2, 49)));
    }

    [Fact]
    public void RequiredArgumentWithNonCoercibleDefault_MustBeOnTheInterface()
    {
        const string sdl = """
            type Query implements I { a(x: Int, y: Int! = null, z: Int! = 1): Int }
            interface I { a(x: Int): Int }
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Object field Query.a includes required argument y that is missing from the Interface field I.a.",
                (1, 37), (2, 15)));
    }

    [Fact]
    public void OneOfObjectDefaults_MustSetExactlyOneField()
    {
        const string sdl = """
            input One @oneOf { a: Int b: Int }
            type Query {
              a(x: One! = { a: 1, b: 2 } @deprecated): Int
              b(x: One! = { a: null } @deprecated): Int
              c(x: One! = {} @deprecated): Int
              d(x: One! = { b: 1 } @deprecated): Int
            }
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Required argument Query.a(x:) cannot be deprecated.",
                (3, 30), (3, 8)),
            SchemaAssert.Error(
                "Required argument Query.b(x:) cannot be deprecated.",
                (4, 27), (4, 8)),
            SchemaAssert.Error(
                "Required argument Query.c(x:) cannot be deprecated.",
                (5, 18), (5, 8)));
    }
}
