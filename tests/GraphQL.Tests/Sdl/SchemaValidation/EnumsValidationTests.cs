namespace KtPortal.GraphQL.Tests.Sdl.SchemaValidation;

// Expected errors are graphql-js 16.15.0 validateSchema(buildSchema(sdl)) output for the same documents.
public sealed class EnumsValidationTests
{
    [Fact]
    public void EnumWithoutValues_IsReportedWithExtensions()
    {
        const string sdl = """
            directive @d on ENUM
            type Query { a: E }
            enum E
            extend enum E @d
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Enum type E must define one or more values.",
                (3, 1), (4, 1)));
    }

    [Fact]
    public void ReservedEnumValueNames_AreReported()
    {
        const string sdl = """
            type Query { a: E }
            enum E { __A B __C }
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Name \"__A\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                (2, 10)),
            SchemaAssert.Error(
                "Name \"__C\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                (2, 16)));
    }
}
