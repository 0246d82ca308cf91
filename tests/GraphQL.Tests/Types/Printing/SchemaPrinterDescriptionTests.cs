namespace KtPortal.GraphQL.Tests.Types.Printing;

public sealed class SchemaPrinterDescriptionTests
{
    [Fact]
    public void Print_Descriptions_UseBlockStringsWhenTheyRoundTrip()
    {
        SchemaPrinterTests.AssertPrints(
            """"
            """Multi
            line""" type Query { "plain" a: Int "  leading" b: Int "with \"quote\"" c: Int "ends with quote\"" d: Int "bell \u0007" e: Int "" f: Int }
            """",
            """""""
            """
            Multi
            line
            """
            type Query {
              """plain"""
              a: Int

              """  leading"""
              b: Int

              """
              with "quote"
              """
              c: Int

              """
              ends with quote"
              """
              d: Int

              "bell \u0007"
              e: Int

              """"""
              f: Int
            }
            """"""");
    }

    [Fact]
    public void Print_DescriptionsWithLineBreaksThatDoNotRoundTrip_UseEscapedStrings()
    {
        SchemaPrinterTests.AssertPrints(
            """"
            type Query { "Windows\r\nline" a: Int "\nleading newline" b: Int "trailing newline\n" c: Int }
            """",
            """"
            type Query {
              "Windows\r\nline"
              a: Int

              "\nleading newline"
              b: Int

              "trailing newline\n"
              c: Int
            }
            """");
    }

    [Fact]
    public void Print_TripleQuotesAndBackslashes_AreEscapedOnlyWhereNeeded()
    {
        SchemaPrinterTests.AssertPrints(
            """"
            type Query { "\"\"\" inside" a: Int "C:\\path" b: Int }
            """",
            """"
            type Query {
              """\""" inside"""
              a: Int

              """C:\path"""
              b: Int
            }
            """");
    }

    [Fact]
    public void Print_MultiLineArgumentDescription_IsIndentedWithTheArgument()
    {
        SchemaPrinterTests.AssertPrints(
            """"
            type Query {
              f(
                """
                Line one
                Line two
                """
                a: Int
                "Second" b: Int
              ): Int
            }
            """",
            """"
            type Query {
              f(
                """
                Line one
                Line two
                """
                a: Int

                """Second"""
                b: Int
              ): Int
            }
            """");
    }

    [Fact]
    public void Print_EmptyArgumentDescription_KeepsArgumentsOnOneLine()
    {
        SchemaPrinterTests.AssertPrints(
            """type Query { f("" a: Int, b: Int): Int }""",
            """"
            type Query {
              f(a: Int, b: Int): Int
            }
            """");
    }
}
