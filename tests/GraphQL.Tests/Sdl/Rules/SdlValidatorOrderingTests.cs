namespace KtPortal.GraphQL.Tests.Sdl.Rules;

// Expected errors are graphql-js 16.15.0 validateSDL output for the same documents.
public sealed class SdlValidatorOrderingTests
{
    [Fact]
    public void ErrorsFromAllRules_ComeInDocumentOrder()
    {
        const string sdl = """
            directive @d(a: Int!) on FIELD_DEFINITION
            type Query {
              a: Int @d @d(b: 1, b: 2) @unknown
              b(x: Foo @d): Int
            }
            type Query { c: Int }
            extend type Mutation { d: Int }
            schema { query: Query query: Query }
            schema { query: Query }
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "UniqueDirectivesPerLocationRule",
                "The directive \"@d\" can only be used once at this location.",
                (3, 10), (3, 13)),
            SdlAssert.Error(
                "ProvidedRequiredArgumentsOnDirectivesRule",
                "Directive \"@d\" argument \"a\" of type \"Int!\" is required, but it was not provided.",
                (3, 10)),
            SdlAssert.Error(
                "KnownArgumentNamesOnDirectivesRule",
                "Unknown argument \"b\" on directive \"@d\". Did you mean \"a\"?",
                (3, 16)),
            SdlAssert.Error(
                "KnownArgumentNamesOnDirectivesRule",
                "Unknown argument \"b\" on directive \"@d\". Did you mean \"a\"?",
                (3, 22)),
            SdlAssert.Error(
                "UniqueArgumentNamesRule",
                "There can be only one argument named \"b\".",
                (3, 16), (3, 22)),
            SdlAssert.Error(
                "ProvidedRequiredArgumentsOnDirectivesRule",
                "Directive \"@d\" argument \"a\" of type \"Int!\" is required, but it was not provided.",
                (3, 13)),
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Unknown directive \"@unknown\".",
                (3, 28)),
            SdlAssert.Error(
                "KnownTypeNamesRule",
                "Unknown type \"Foo\".",
                (4, 8)),
            SdlAssert.Error(
                "KnownDirectivesRule",
                "Directive \"@d\" may not be used on ARGUMENT_DEFINITION.",
                (4, 12)),
            SdlAssert.Error(
                "ProvidedRequiredArgumentsOnDirectivesRule",
                "Directive \"@d\" argument \"a\" of type \"Int!\" is required, but it was not provided.",
                (4, 12)),
            SdlAssert.Error(
                "UniqueTypeNamesRule",
                "There can be only one type named \"Query\".",
                (2, 6), (6, 6)),
            SdlAssert.Error(
                "PossibleTypeExtensionsRule",
                "Cannot extend type \"Mutation\" because it is not defined.",
                (7, 13)),
            SdlAssert.Error(
                "UniqueOperationTypesRule",
                "There can be only one query type in schema.",
                (8, 10), (8, 23)),
            SdlAssert.Error(
                "LoneSchemaDefinitionRule",
                "Must provide only one schema definition.",
                (9, 1)),
            SdlAssert.Error(
                "UniqueOperationTypesRule",
                "There can be only one query type in schema.",
                (8, 10), (9, 10)));
    }

    [Fact]
    public void DescriptionsAreNotErrorLocations_ButDefinitionsStartAtThem()
    {
        const string sdl = """"
            """
            Block description
            """
            scalar S
            extend type S { a: Int }
            """";

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "PossibleTypeExtensionsRule",
                "Cannot extend non-object type \"S\".",
                (1, 1), (5, 1)));
    }
}
