namespace KtPortal.GraphQL.Tests.Sdl.Rules;

// Expected errors are graphql-js 16.15.0 validateSDL output for the same documents.
public sealed class UniqueEnumValueNamesRuleTests
{
    [Fact]
    public void DistinctValues_AreValid()
    {
        const string sdl = """
            enum E { A B C }
            extend enum E { D }
            """;

        SdlAssert.Valid(sdl);
    }

    [Fact]
    public void DuplicateValueInDefinition_IsReported()
    {
        const string sdl = """
            enum E { A B A }
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "UniqueEnumValueNamesRule",
                "Enum value \"E.A\" can only be defined once.",
                (1, 10), (1, 14)));
    }

    [Fact]
    public void DuplicateValueAcrossExtensions_IsReported()
    {
        const string sdl = """
            enum E { A }
            extend enum E { B A }
            extend enum E { B }
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "UniqueEnumValueNamesRule",
                "Enum value \"E.A\" can only be defined once.",
                (1, 10), (2, 19)),
            SdlAssert.Error(
                "UniqueEnumValueNamesRule",
                "Enum value \"E.B\" can only be defined once.",
                (2, 17), (3, 17)));
    }

    [Fact]
    public void SameValueInDifferentEnums_IsValid()
    {
        const string sdl = """
            enum E1 { A }
            enum E2 { A }
            """;

        SdlAssert.Valid(sdl);
    }

    [Fact]
    public void EnumDefinedTwice_SharesValueNames()
    {
        const string sdl = """
            enum E { A }
            enum E { A }
            """;

        SdlAssert.Errors(
            sdl,
            SdlAssert.Error(
                "UniqueTypeNamesRule",
                "There can be only one type named \"E\".",
                (1, 6), (2, 6)),
            SdlAssert.Error(
                "UniqueEnumValueNamesRule",
                "Enum value \"E.A\" can only be defined once.",
                (1, 10), (2, 10)));
    }
}
