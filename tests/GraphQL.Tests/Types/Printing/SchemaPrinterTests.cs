using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Tests.Types.Printing;

public sealed class SchemaPrinterTests
{
    [Fact]
    public void Print_ConventionalRootNames_OmitsSchemaDefinition()
    {
        AssertPrints(
            "type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }",
            """"
            type Query {
              a: Int
            }

            type Mutation {
              b: Int
            }

            type Subscription {
              c: Int
            }
            """");
    }

    [Fact]
    public void Print_CustomRootName_PrintsSchemaDefinition()
    {
        AssertPrints(
            "schema { query: Root } type Root { a: Int }",
            """"
            schema {
              query: Root
            }

            type Root {
              a: Int
            }
            """");
    }

    [Fact]
    public void Print_SchemaDescription_PrintsSchemaDefinitionEvenWithConventionalNames()
    {
        AssertPrints(
            "\"The API\" schema { query: Query } type Query { a: Int }",
            """"
            """The API"""
            schema {
              query: Query
            }

            type Query {
              a: Int
            }
            """");
    }

    [Fact]
    public void Print_EveryTypeKind_InTypeMapOrder()
    {
        AssertPrints(
            """"
            scalar Date
            type Query implements Node & Named { id: ID! name: String date: Date u: U e: E i(in: In): Int }
            interface Node { id: ID! }
            interface Named { name: String }
            union U = Query | Other
            type Other { x: Int }
            enum E { A B }
            input In { x: Int y: [String!]! }
            """",
            """"
            scalar Date

            type Query implements Node & Named {
              id: ID!
              name: String
              date: Date
              u: U
              e: E
              i(in: In): Int
            }

            interface Node {
              id: ID!
            }

            interface Named {
              name: String
            }

            union U = Query | Other

            type Other {
              x: Int
            }

            enum E {
              A
              B
            }

            input In {
              x: Int
              y: [String!]!
            }
            """");
    }

    [Fact]
    public void Print_Directive_PrintsArgumentsRepeatableAndLocationsButNotUsages()
    {
        AssertPrints(
            """"
            directive @tag(name: String!, weight: Int = 1) repeatable on FIELD_DEFINITION | OBJECT
            type Query @tag(name: "q") { a: Int @tag(name: "a") }
            """",
            """"
            directive @tag(name: String!, weight: Int = 1) repeatable on FIELD_DEFINITION | OBJECT

            type Query {
              a: Int
            }
            """");
    }

    [Fact]
    public void Print_OneOfInputObject_KeepsTheDirective()
    {
        AssertPrints(
            "input Pick @oneOf { a: Int b: String } type Query { f(p: Pick): Int }",
            """"
            input Pick @oneOf {
              a: Int
              b: String
            }

            type Query {
              f(p: Pick): Int
            }
            """");
    }

    [Fact]
    public void Print_Deprecations_OmitTheDefaultReason()
    {
        AssertPrints(
            """"
            type Query { a: Int @deprecated b: Int @deprecated(reason: "No longer supported") c(x: Int @deprecated(reason: "Use y.")): Int }
            enum E { A @deprecated(reason: "Say \"no\"") }
            type Other { e: E }
            """",
            """"
            type Query {
              a: Int @deprecated
              b: Int @deprecated
              c(x: Int @deprecated(reason: "Use y.")): Int
            }

            enum E {
              A @deprecated(reason: "Say \"no\"")
            }

            type Other {
              e: E
            }
            """");
    }

    [Fact]
    public void Print_SpecifiedByUrl_IsPrintedOnTheScalar()
    {
        AssertPrints(
            "scalar Url @specifiedBy(url: \"https://example.com/url\") type Query { u: Url }",
            """"
            scalar Url @specifiedBy(url: "https://example.com/url")

            type Query {
              u: Url
            }
            """");
    }

    [Fact]
    public void Print_DescribedArguments_GoOnTheirOwnLines()
    {
        AssertPrints(
            "type Query { f(\"The first\" a: Int, b: String = \"x\"): Int } directive @d(\"Described\" x: Int) on FIELD",
            """"
            directive @d(
              """Described"""
              x: Int
            ) on FIELD

            type Query {
              f(
                """The first"""
                a: Int
                b: String = "x"
              ): Int
            }
            """");
    }

    [Fact]
    public void Print_RedefinedSpecifiedDirectivesAndScalars_AreLeftOut()
    {
        AssertPrints(
            """"
            directive @deprecated(reason: String = "Gone") on FIELD_DEFINITION
            scalar String
            type Query { a: String @deprecated }
            """",
            """"
            type Query {
              a: String @deprecated
            }
            """");
    }

    [Fact]
    public void PrintIntrospectionSchema_PrintsSpecifiedDirectivesThenIntrospectionTypes()
    {
        var printed = SchemaPrinter.PrintIntrospectionSchema(Build("type Query { a: Int }"));

        Assert.StartsWith(
            """"
            """
            Directs the executor to include this field or fragment only when the `if` argument is true.
            """
            directive @include(
              """Included when true."""
              if: Boolean!
            ) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
            """",
            printed,
            StringComparison.Ordinal);
        Assert.Contains(
            """"
              """A list of all directives supported by this server."""
              directives(includeDeprecated: Boolean! = false): [__Directive!]!
            }
            """",
            printed,
            StringComparison.Ordinal);
        Assert.EndsWith(
            """"
              """Location adjacent to a directive definition."""
              DIRECTIVE_DEFINITION
            }
            """",
            printed,
            StringComparison.Ordinal);
        Assert.DoesNotContain("type Query", printed, StringComparison.Ordinal);
    }

    internal static Schema Build(string sdl) => SchemaBuilder.New().AddDocumentFromString(sdl).Create();

    internal static void AssertPrints(string sdl, string expected)
        => Assert.Equal(expected, SchemaPrinter.Print(Build(sdl)));
}
