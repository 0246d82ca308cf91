using KtPortal.GraphQL.Tests.CodeFirst.Conventions;
using KtPortal.GraphQL.Types;
using KtPortal.GraphQL.Types.CodeFirst;

namespace KtPortal.GraphQL.Tests.CodeFirst;

public sealed class CodeFirstConventionTests
{
    [Fact]
    public void Classes_records_enums_and_inputs_print_as_sdl()
    {
        var schema = SchemaBuilder.New().AddQueryType<Query>().Create();

        Assert.Equal(
            """"
            type Query {
              ticket(id: Int!): Ticket
              tickets(filter: TicketFilterInput!): [Ticket!]!

              """Says hello."""
              hello(name: String! = "world"): String!
            }

            type Ticket {
              id: Int!
              title: String!
              assignee: String
              status: TicketStatus!
              tags: [String!]!
              labels: [String]
              price: Decimal
              key: UUID!
              createdAt: DateTime!
              legacyCode: String @deprecated(reason: "No longer supported.")

              """How long the ticket has been open, in days."""
              ageInDays(asOf: Int = 7): Int!
              summary: String!
            }

            input TicketFilterInput {
              text: String
              status: TicketStatus = OPEN
              take: Int! = 10
            }

            enum TicketStatus {
              OPEN
              IN_PROGRESS
              DONE
              ARCHIVED @deprecated(reason: "Use CLOSED.")
            }

            """
            An exact decimal number of up to 28 significant digits, written as a JSON number such as `12.50`.
            """
            scalar Decimal @specifiedBy(url: "https://learn.microsoft.com/dotnet/api/system.decimal")

            """
            A universally unique identifier, as 32 hexadecimal digits in groups of 8-4-4-4-12 such as `0f8fad5b-d9cb-469f-a165-70867728950e`.
            """
            scalar UUID @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc9562")

            """
            A date and time with a UTC offset, as an RFC 3339 `date-time` string such as `2024-05-01T13:45:30.000Z`.
            """
            scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time.html")
            """",
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Record_members_and_object_methods_are_not_fields()
    {
        var schema = SchemaBuilder.New().AddQueryType<RecordQuery>().Create();

        Assert.Equal(
            """"
            type Query {
              point: Point!
            }

            type Point {
              x: Int!
              y: Int!
            }
            """",
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Properties_come_before_methods_whose_names_lose_Get_and_Async()
    {
        var schema = SchemaBuilder.New().AddQueryType<NamingQuery>().Create();

        Assert.Equal(
            """"
            type Query {
              urlPath: String!
              done: Boolean!
              userName: String!
              getaway: String!
              matrix: [[Int]!]!
              stream: [String!]!
              maybe: Int
            }
            """",
            SchemaPrinter.Print(schema));
    }

    [Theory]
    [InlineData("InProgress", "IN_PROGRESS")]
    [InlineData("Open", "OPEN")]
    [InlineData("HTTPError", "HTTP_ERROR")]
    [InlineData("Version2Beta", "VERSION2_BETA")]
    public void Enum_member_names_become_upper_snake(string member, string expected)
        => Assert.Equal(expected, Naming.UpperSnake(member));

    [Theory]
    [InlineData("Name", "name")]
    [InlineData("ID", "id")]
    [InlineData("URLPath", "urlPath")]
    [InlineData("already", "already")]
    public void Member_names_become_camel_case(string member, string expected)
        => Assert.Equal(expected, Naming.CamelCase(member));

    public sealed record Point(int X, int Y);

    public sealed class RecordQuery
    {
        public Point Point => new(1, 2);
    }

    public sealed class NamingQuery
    {
        public Task<string> GetUserNameAsync() => Task.FromResult("ada");

        public string Getaway() => "Getaway keeps its name: Get is not followed by a capital";

        public int?[][] Matrix() => [];

        public async IAsyncEnumerable<string> Stream()
        {
            await Task.Yield();
            yield return "a";
        }

        public ValueTask<int?> MaybeAsync() => ValueTask.FromResult<int?>(null);

        public string URLPath => "/";

        public bool Done { get; set; }
    }
}
