using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Tests.CodeFirst;

public sealed class CodeFirstDefaultValueTests
{
    [Fact]
    public void A_null_CSharp_default_gives_no_SDL_default_while_other_defaults_stay()
    {
        var schema = SchemaBuilder.New().AddQueryType<GreetingQuery>().Create();

        Assert.Equal(
            """
            type Query {
              greet(name: String = "world", salutation: String, times: Int, loud: Boolean! = false, input: GreetingInput): String!
            }

            input GreetingInput {
              name: String = "world"
              salutation: String
              times: Int
            }
            """,
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public async Task Omitted_arguments_and_input_fields_without_an_SDL_default_read_as_null()
    {
        var schema = SchemaBuilder.New().AddQueryType<GreetingQuery>().Create();

        Assert.Equal(
            """{"data":{"plain":"Hello, world! (x)","withInput":"Hello, ada! (x)"}}""",
            await CodeFirstTestHelpers.RunAsync(schema, """{ plain: greet withInput: greet(input: { name: "ada" }) }"""));
    }

    public sealed class GreetingQuery
    {
        public string Greet(string? name = "world", string? salutation = null, int? times = null, bool loud = false, GreetingInput? input = null)
            => input is null
                ? $"{salutation ?? "Hello"}, {name}! ({times?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "x"}){(loud ? "!" : "")}"
                : $"{input.Salutation ?? "Hello"}, {input.Name}! ({input.Times?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "x"})";
    }

    public sealed record GreetingInput(string? Name = "world", string? Salutation = null, int? Times = null);
}
