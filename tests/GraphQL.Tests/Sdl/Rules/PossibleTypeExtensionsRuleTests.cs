namespace KtPortal.GraphQL.Tests.Sdl.Rules;

// Expected errors are graphql-js 16.15.0 validateSDL output for the same documents.
public sealed class PossibleTypeExtensionsRuleTests
{
    [Fact]
    public void ExtensionsOfTheSameKind_AreValid()
    {
        const string sdl = """
            scalar S
            type T { a: Int }
            interface I { a: Int }
            union U = T
            enum E { A }
            input In { a: Int }
            extend scalar S @specifiedBy(url: "x")
            extend type T { b: Int }
            extend interface I { b: Int }
            extend union U = T
            extend enum E { B }
            extend input In { b: Int }
            """;

        SdlAssert.Valid(sdl);
    }

    [Fact]
    public void ExtensionsOfUndefinedTypes_AreReported()
    {
        const string sdl = """
            type Known { a: Int }
            extend scalar Unknown1 @specifiedBy(url: "x")
            extend type Knwn { b: Int }
            extend interface Unknown3 { b: Int }
            extend union Unknown4 = Known
            extend enum Unknown5 { B }
            extend input Unknown6 { b: Int }
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "PossibleTypeExtensionsRule",
                "Cannot extend type \"Unknown1\" because it is not defined. Did you mean \"Known\"?",
                (2, 15)),
            SdlAssert.Error(
                "PossibleTypeExtensionsRule",
                "Cannot extend type \"Knwn\" because it is not defined. Did you mean \"Known\"?",
                (3, 13)),
            SdlAssert.Error(
                "PossibleTypeExtensionsRule",
                "Cannot extend type \"Unknown3\" because it is not defined. Did you mean \"Known\"?",
                (4, 18)),
            SdlAssert.Error(
                "PossibleTypeExtensionsRule",
                "Cannot extend type \"Unknown4\" because it is not defined. Did you mean \"Known\"?",
                (5, 14)),
            SdlAssert.Error(
                "PossibleTypeExtensionsRule",
                "Cannot extend type \"Unknown5\" because it is not defined. Did you mean \"Known\"?",
                (6, 13)),
            SdlAssert.Error(
                "PossibleTypeExtensionsRule",
                "Cannot extend type \"Unknown6\" because it is not defined. Did you mean \"Known\"?",
                (7, 14)));
    }

    [Fact]
    public void ExtensionsOfTheWrongKind_AreReported()
    {
        const string sdl = """
            scalar S
            "described"
            type T { a: Int }
            interface I { a: Int }
            union U = T
            enum E { A }
            input In { a: Int }
            extend type S { b: Int }
            extend interface T { b: Int }
            extend union I = T
            extend enum U { B }
            extend input E { b: Int }
            extend scalar In @specifiedBy(url: "x")
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "PossibleTypeExtensionsRule",
                "Cannot extend non-object type \"S\".",
                (1, 1), (8, 1)),
            SdlAssert.Error(
                "PossibleTypeExtensionsRule",
                "Cannot extend non-interface type \"T\".",
                (2, 1), (9, 1)),
            SdlAssert.Error(
                "PossibleTypeExtensionsRule",
                "Cannot extend non-union type \"I\".",
                (4, 1), (10, 1)),
            SdlAssert.Error(
                "PossibleTypeExtensionsRule",
                "Cannot extend non-enum type \"U\".",
                (5, 1), (11, 1)),
            SdlAssert.Error(
                "PossibleTypeExtensionsRule",
                "Cannot extend non-input object type \"E\".",
                (6, 1), (12, 1)),
            SdlAssert.Error(
                "PossibleTypeExtensionsRule",
                "Cannot extend non-scalar type \"In\".",
                (7, 1), (13, 1)));
    }

    [Fact]
    public void ExtensionBeforeDefinition_IsValid()
    {
        const string sdl = """
            extend type T { b: Int }
            type T { a: Int }
            """;

        SdlAssert.Valid(sdl);
    }

    [Fact]
    public void ExtendingStandardScalar_IsReported()
    {
        const string sdl = """
            extend scalar String @specifiedBy(url: "x")
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "PossibleTypeExtensionsRule",
                "Cannot extend type \"String\" because it is not defined.",
                (1, 15)));
    }

    [Fact]
    public void TypeDefinedTwice_UsesTheLastDefinitionKind()
    {
        const string sdl = """
            type T { a: Int }
            input T { a: Int }
            extend input T { b: Int }
            extend type T { b: Int }
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "UniqueTypeNamesRule",
                "There can be only one type named \"T\".",
                (1, 6), (2, 7)),
            SdlAssert.Error(
                "UniqueFieldDefinitionNamesRule",
                "Field \"T.a\" can only be defined once.",
                (1, 10), (2, 11)),
            SdlAssert.Error(
                "UniqueFieldDefinitionNamesRule",
                "Field \"T.b\" can only be defined once.",
                (3, 18), (4, 17)),
            SdlAssert.Error(
                "PossibleTypeExtensionsRule",
                "Cannot extend non-object type \"T\".",
                (2, 1), (4, 1)));
    }

    [Fact]
    public void UndefinedExtension_SuggestsDefinedTypesOnly()
    {
        const string sdl = """
            type Query { a: Int }
            extend type Quer { b: Int }
            extend scalar Strin @specifiedBy(url: "x")
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "PossibleTypeExtensionsRule",
                "Cannot extend type \"Quer\" because it is not defined. Did you mean \"Query\"?",
                (2, 13)),
            SdlAssert.Error(
                "PossibleTypeExtensionsRule",
                "Cannot extend type \"Strin\" because it is not defined.",
                (3, 15)));
    }
}
