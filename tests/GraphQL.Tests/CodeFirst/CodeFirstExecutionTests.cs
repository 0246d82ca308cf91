using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using static KtPortal.GraphQL.Tests.CodeFirst.CodeFirstTestHelpers;

namespace KtPortal.GraphQL.Tests.CodeFirst;

public sealed class CodeFirstExecutionTests
{
    [Fact]
    public async Task Arguments_bind_with_their_defaults_enums_and_input_objects()
    {
        var schema = SchemaBuilder.New().AddQueryType<Conventions.Query>().Create();

        var json = await RunAsync(schema, """
            {
              hello
              named: hello(name: "Ada")
              ticket(id: 1) { id title assignee status tags labels ageInDays summary }
              missing: ticket(id: 2) { id }
              tickets(filter: { text: "fire" }) { status }
            }
            """);

        Assert.Equal(
            """{"data":{"hello":"Hello, world!","named":"Hello, Ada!","ticket":{"id":1,"title":"Printer on fire","assignee":null,"status":"IN_PROGRESS","tags":["hardware"],"labels":null,"ageInDays":7,"summary":"Printer on fire"},"missing":null,"tickets":[{"status":"IN_PROGRESS"}]}}""",
            json);
    }

    [Fact]
    public async Task Input_objects_are_built_by_their_constructor_and_properties()
    {
        var schema = SchemaBuilder.New().AddQueryType<InputQuery>().Create();

        var json = await RunAsync(schema, """
            {
              describe(filter: { text: "x", status: DONE, take: 3, tags: ["a", "b"] })
              defaults: describe(filter: { })
              byEmail: user(by: { email: "ada@example.com" })
              byId: user(by: { id: 7 })
            }
            """);

        Assert.Equal(
            """{"data":{"describe":"x|Closed|3|a,b|note","defaults":"|Open|10||note","byEmail":"email ada@example.com","byId":"id 7"}}""",
            json);
    }

    [Fact]
    public async Task Services_come_from_the_request_services_and_resolver_classes_from_the_root_services()
    {
        var services = new ServiceCollection()
            .AddSingleton<IClock>(new FixedClock(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)))
            .AddSingleton<Greeter>()
            .BuildServiceProvider();
        var schema = SchemaBuilder.New().AddServices(services).AddQueryType<ServiceQuery>().Create();

        Assert.Equal(
            """
            type Query {
              year: Int!
              greet(name: String!): String!
              hasServices: Boolean!
              optional: Boolean!
            }
            """,
            SchemaPrinter.Print(schema));
        var json = await RunAsync(schema, """{ year greet(name: "Ada") hasServices optional }""", services);

        Assert.Equal("""{"data":{"year":2026,"greet":"Hi Ada (2026)","hasServices":true,"optional":false}}""", json);
    }

    [Fact]
    public async Task Async_results_cancellation_and_the_resolver_context_bind()
    {
        var schema = SchemaBuilder.New().AddQueryType<AsyncQuery>().Create();

        var json = await RunAsync(schema, "{ task valueTask numbers cancellable path plain: plainTask }");

        Assert.Equal("""{"data":{"task":"done","valueTask":42,"numbers":[1,2,3],"cancellable":true,"path":"path","plain":true}}""", json);
    }

    [Fact]
    public async Task Interfaces_and_unions_resolve_by_CLR_type()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType<CodeFirstAttributeTests.SearchQuery>()
            .AddType<CodeFirstAttributeTests.Dog>()
            .AddType<CodeFirstAttributeTests.Cat>()
            .AddTypeExtension<CodeFirstAttributeTests.DogExtensions>()
            .Create();

        var json = await RunAsync(schema, """
            {
              pets { __typename name ... on Dog { barks loudness } ... on Cat { lives } }
              search(text: "dog") { __typename ... on Dog { name } }
            }
            """);

        Assert.Equal(
            """{"data":{"pets":[{"__typename":"Dog","name":"Rex","barks":true,"loudness":11},{"__typename":"Cat","name":"Tom","lives":9}],"search":[{"__typename":"Dog","name":"Rex"}]}}""",
            json);
    }

    [Fact]
    public async Task Root_classes_run_on_request_scoped_instances_when_registered()
    {
        var services = new ServiceCollection().AddScoped<CounterQuery>().BuildServiceProvider();
        var schema = SchemaBuilder.New().AddServices(services).AddQueryType<CounterQuery>().Create();

        Assert.Equal("""{"data":{"next":1}}""", await RunAsync(schema, "{ next }", services.CreateScope().ServiceProvider));
        Assert.Equal("""{"data":{"next":1}}""", await RunAsync(schema, "{ next }", services.CreateScope().ServiceProvider));
    }

    public sealed record Filter(string? Text, Conventions.TicketStatus Status = Conventions.TicketStatus.Open, int Take = 10)
    {
        public IReadOnlyList<string>? Tags { get; init; }

        public string? Note { get; set; } = "note";
    }

    [OneOf]
    public sealed class UserBy
    {
        public int? Id { get; set; }

        public string? Email { get; set; }
    }

    public sealed class InputQuery
    {
        public string Describe(Filter filter) => $"{filter.Text}|{filter.Status}|{filter.Take}|{string.Join(',', filter.Tags ?? [])}|{filter.Note}";

        public string User(UserBy by) => by.Email is { } email ? $"email {email}" : $"id {by.Id}";
    }

    public interface IClock
    {
        DateTimeOffset Now { get; }
    }

    public sealed class FixedClock(DateTimeOffset now) : IClock
    {
        public DateTimeOffset Now { get; } = now;
    }

    public sealed class Greeter(IClock clock)
    {
        public string Greet(string name) => $"Hi {name} ({clock.Now.Year})";
    }

    public sealed class ServiceQuery(IClock clock)
    {
        public int Year => clock.Now.Year;

        public string Greet(string name, Greeter greeter) => greeter.Greet(name);

        public bool HasServices(IServiceProvider services) => services.GetService<IClock>() is not null;

        public bool Optional([Service] IDisposable? disposable = null) => disposable is not null;
    }

    public sealed class AsyncQuery
    {
        public async Task<string> TaskAsync()
        {
            await Task.Yield();
            return "done";
        }

        public ValueTask<int> ValueTaskAsync() => ValueTask.FromResult(42);

        public async IAsyncEnumerable<int> Numbers()
        {
            for (var i = 1; i <= 3; i++)
            {
                await Task.Yield();
                yield return i;
            }
        }

        public bool Cancellable(CancellationToken cancellationToken) => cancellationToken.CanBeCanceled;

        public string Path(IResolverContext context) => context.Path.ToString();

        public async Task<bool> PlainTaskAsync(CancellationToken cancellationToken)
        {
            await Task.Delay(1, cancellationToken);
            return true;
        }
    }

    public sealed class CounterQuery
    {
        private int _count;

        public int Next() => ++_count;
    }
}
