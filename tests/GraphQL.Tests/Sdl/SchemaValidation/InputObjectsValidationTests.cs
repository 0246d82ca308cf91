namespace KtPortal.GraphQL.Tests.Sdl.SchemaValidation;

// Expected errors are graphql-js 16.15.0 validateSchema(buildSchema(sdl)) output for the same documents.
public sealed class InputObjectsValidationTests
{
    [Fact]
    public void InputObjectWithoutFields_IsReportedWithExtensions()
    {
        const string sdl = """
            directive @d on INPUT_OBJECT
            type Query { a(x: In): Int }
            input In
            extend input In @d
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Input Object type In must define one or more fields.",
                (3, 1), (4, 1)));
    }

    [Fact]
    public void BadInputFields_AreReported()
    {
        const string sdl = """
            type Query { a(x: In): Int }
            union U = Query
            input In { __a: Int b: Query c: [U!]! d: Int! @deprecated e: Int! = 1 @deprecated f: Int @deprecated(reason: "x") }
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                (3, 12)),
            SchemaAssert.Error(
                "The type of In.b must be Input Type but got: Query.",
                (3, 24)),
            SchemaAssert.Error(
                "The type of In.c must be Input Type but got: [U!]!.",
                (3, 33)),
            SchemaAssert.Error(
                "Required input field In.d cannot be deprecated.",
                (3, 47), (3, 42)));
    }

    [Fact]
    public void OneOfFields_MustBeNullableWithoutDefaults()
    {
        const string sdl = """
            type Query { a(x: In): Int }
            input In @oneOf { a: Int b: Int! c: String = "x" d: [Int!] = null e: Int! = 1 }
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "OneOf input field In.b must be nullable.",
                (2, 29)),
            SchemaAssert.Error(
                "OneOf input field In.c cannot have a default value.",
                (2, 34)),
            SchemaAssert.Error(
                "OneOf input field In.d cannot have a default value.",
                (2, 50)),
            SchemaAssert.Error(
                "OneOf input field In.e must be nullable.",
                (2, 70)),
            SchemaAssert.Error(
                "OneOf input field In.e cannot have a default value.",
                (2, 67)));
    }

    [Fact]
    public void ValidOneOf_IsValid()
    {
        const string sdl = """
            type Query { a(x: In): Int }
            input In @oneOf { a: Int b: [String!] }
            """;

        SchemaAssert.Valid(sdl);
    }

    [Fact]
    public void NonNullSelfReference_IsReported()
    {
        const string sdl = """
            type Query { a(x: A): Int }
            input A { self: A! nullable: A list: [A!]! }
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"self\".",
                (2, 11)));
    }

    [Fact]
    public void NonNullCycles_AreReportedOncePerCycle()
    {
        const string sdl = """
            type Query { a(x: A): Int }
            input A { b: B! }
            input B { c: C! a2: A }
            input C { a: A! b: B! d: D }
            input D { e: E! }
            input E { d: D! }
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.c.a\".",
                (2, 11), (3, 11), (4, 11)),
            SchemaAssert.Error(
                "Cannot reference Input Object \"B\" within itself through a series of non-null fields: \"c.b\".",
                (3, 11), (4, 17)),
            SchemaAssert.Error(
                "Cannot reference Input Object \"D\" within itself through a series of non-null fields: \"e.d\".",
                (5, 11), (6, 11)));
    }

    [Fact]
    public void CyclesBrokenByNullableOrListFields_AreValid()
    {
        const string sdl = """
            type Query { a(x: A): Int }
            input A { b: B }
            input B { a: [A!]! c: C! }
            input C { b: B }
            """;

        SchemaAssert.Valid(sdl);
    }
}
