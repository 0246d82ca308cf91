using System.Collections.Concurrent;
using System.Text.Json;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Fetching;
using KtPortal.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using static KtPortal.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace KtPortal.GraphQL.Tests.Execution;

/// <summary>
/// Batch resolvers (<see cref="BatchFieldResolverDelegate"/>): a field selected on the items of a list resolves for
/// all of them in one call, with each item's context, path, arguments and errors kept apart.
/// </summary>
public sealed class BatchResolverTests
{
    private const string Sdl = """
        type Query {
          users: [User]
          strictUsers: [User!]!
          one: User
          nodes: [Node]
          groups: [[User]]
        }
        interface Node { id: ID! }
        type User implements Node { id: ID! name: String tag(prefix: String): String mustTag: String! }
        """;

    private static readonly User Ada = new(1, "ada");
    private static readonly User Bob = new(2, "bob");
    private static readonly User Cy = new(3, "cy");

    [Fact]
    public async Task FieldOnTheItemsOfAList_ResolvesInOneCall_WithEachItemsContext()
    {
        var probe = new Probe();
        var schema = Schema(probe, users: [Ada, Bob, Cy]);

        var json = await schema.RunAsync("""{ users { name tag(prefix: "#") } }""");

        Assert.Equal(Json("{'data':{'users':[{'name':'ada','tag':'#ada'},{'name':'bob','tag':'#bob'},{'name':'cy','tag':'#cy'}]}}"), json);
        Assert.Equal(1, probe.BatchCalls);
        Assert.Equal(0, probe.ItemCalls);
        Assert.Equal(["users.0.tag", "users.1.tag", "users.2.tag"], probe.Paths);
        Assert.Equal([Ada, Bob, Cy], probe.Parents);
    }

    [Fact]
    public async Task WithBatchResolversOff_EveryItemRunsTheOrdinaryResolver()
    {
        var probe = new Probe();
        var schema = Schema(probe, users: [Ada, Bob, Cy]);

        var json = await schema.RunAsync("""{ users { tag(prefix: "#") } }""", options: new RequestExecutorOptions { EnableBatchResolvers = false });

        Assert.Equal(Json("{'data':{'users':[{'tag':'#ada'},{'tag':'#bob'},{'tag':'#cy'}]}}"), json);
        Assert.Equal(0, probe.BatchCalls);
        Assert.Equal(3, probe.ItemCalls);
    }

    [Theory]
    [InlineData("""{ users { name tag(prefix: "#") } }""", null)]
    [InlineData("""query($no: Boolean = false) { users { name tag(prefix: "#") @skip(if: $no) } }""", """{"no":null}""")]
    [InlineData("""{ strictUsers { name mustTag } }""", null)]
    [InlineData("""query($p: Int) { users { tag(prefix: $p) } }""", """{"p":"x"}""")]
    public async Task WithAndWithoutBatchResolvers_TheResponseIsTheSame(string query, string? variables)
    {
        var schema = Schema(new Probe(), users: [Ada, null, Cy], batch: contexts => ValueTask.FromResult<IReadOnlyList<object?>>(
            [.. contexts.Select(c => c.Field.Name == "mustTag" && c.Parent<User>() == Cy ? null : (object?)(c.ArgumentValue<string?>("prefix") + c.Parent<User>().Name))]));
        var values = variables is null ? null : JsonSerializer.Deserialize<Dictionary<string, object?>>(variables);
        var coerced = values?.ToDictionary(p => p.Key, p => p.Value is JsonElement { ValueKind: JsonValueKind.Null } ? null : p.Value is JsonElement e ? (object?)e.ToString() : p.Value);

        var batched = await schema.RunAsync(query, coerced);
        var unbatched = await schema.RunAsync(query, coerced, options: new RequestExecutorOptions { EnableBatchResolvers = false });

        Assert.Equal(unbatched, batched);
    }

    [Fact]
    public async Task ASerialField_UsesItsOrdinaryResolver()
    {
        var probe = new Probe();
        var schema = Builder(Sdl)
            .AddResolver("Query", "users", Value(new[] { Ada, Bob }))
            .AddResolver("User", "tag", context =>
            {
                Interlocked.Increment(ref probe.ItemCalls);
                return ValueTask.FromResult<object?>(context.Parent<User>().Name);
            }, isParallelExecutable: false)
            .AddBatchResolver("User", "tag", _ => throw new InvalidOperationException("A serial field is not batched."))
            .Create();

        var json = await schema.RunAsync("{ users { name tag } }");

        Assert.Equal(Json("{'data':{'users':[{'name':'ada','tag':'ada'},{'name':'bob','tag':'bob'}]}}"), json);
        Assert.Equal(2, probe.ItemCalls);
    }

    [Fact]
    public async Task NullItems_AreLeftOutOfTheBatch_AndStayNull()
    {
        var probe = new Probe();
        var schema = Schema(probe, users: [Ada, null, Cy]);

        var json = await schema.RunAsync("""{ users { tag(prefix: "@") } }""");

        Assert.Equal(Json("{'data':{'users':[{'tag':'@ada'},null,{'tag':'@cy'}]}}"), json);
        Assert.Equal(["users.0.tag", "users.2.tag"], probe.Paths);
    }

    [Fact]
    public async Task FieldOutsideAList_UsesItsOrdinaryResolver()
    {
        var probe = new Probe();
        var schema = Schema(probe, users: [Ada]);

        var json = await schema.RunAsync("""{ one { tag(prefix: "!") } }""");

        Assert.Equal(Json("{'data':{'one':{'tag':'!ada'}}}"), json);
        Assert.Equal(0, probe.BatchCalls);
        Assert.Equal(1, probe.ItemCalls);
    }

    [Fact]
    public async Task ItemsOfAnAbstractList_UseTheOrdinaryResolver()
    {
        var probe = new Probe();
        var schema = Schema(probe, users: [Ada, Bob]);

        var json = await schema.RunAsync("""{ nodes { ... on User { tag(prefix: "~") } } }""");

        Assert.Equal(Json("{'data':{'nodes':[{'tag':'~ada'},{'tag':'~bob'}]}}"), json);
        Assert.Equal(0, probe.BatchCalls);
        Assert.Equal(2, probe.ItemCalls);
    }

    [Fact]
    public async Task NestedLists_BatchEachInnerList()
    {
        var probe = new Probe();
        var schema = Schema(probe, users: [Ada, Bob, Cy]);

        var json = await schema.RunAsync("""{ groups { tag(prefix: "") } }""");

        Assert.Equal(Json("{'data':{'groups':[[{'tag':'ada'},{'tag':'bob'}],[{'tag':'cy'}]]}}"), json);
        Assert.Equal(2, probe.BatchCalls);
        Assert.Equal(0, probe.ItemCalls);
        Assert.Equal(["groups.0.0.tag", "groups.0.1.tag", "groups.1.0.tag"], probe.Paths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ArgumentsFromVariables_ReachEveryContext()
    {
        var probe = new Probe();
        var schema = Schema(probe, users: [Ada, Bob]);

        var json = await schema.RunAsync("""query($p: String) { users { tag(prefix: $p) } }""", new Dictionary<string, object?> { ["p"] = "v:" });

        Assert.Equal(Json("{'data':{'users':[{'tag':'v:ada'},{'tag':'v:bob'}]}}"), json);
    }

    [Fact]
    public async Task AnExceptionInTheResult_FailsThatItemsFieldAlone()
    {
        var schema = Schema(new Probe(), users: [Ada, Bob, Cy], batch: contexts => ValueTask.FromResult<IReadOnlyList<object?>>(
            [.. contexts.Select(c => c.Parent<User>() == Bob ? new GraphQLException("no tag for bob", "TAG_MISSING") : (object?)c.Parent<User>().Name)]));

        var json = await schema.RunAsync("{ users { name tag } }");

        Assert.Equal(
            Json("{'errors':[{'message':'no tag for bob','locations':[{'line':1,'column':16}],'path':['users',1,'tag'],'extensions':{'code':'TAG_MISSING'}}],"
                + "'data':{'users':[{'name':'ada','tag':'ada'},{'name':'bob','tag':null},{'name':'cy','tag':'cy'}]}}"),
            json);
    }

    [Fact]
    public async Task AThrowingBatch_FailsTheFieldOfEveryItem_AtItsOwnPath()
    {
        var schema = Schema(new Probe(), users: [Ada, Bob], batch: _ => throw new GraphQLException("tags are down", "TAGS_DOWN"));

        var result = await ExecuteAsync(schema, "{ users { name tag } }");

        Assert.Equal(["users.0.tag", "users.1.tag"], result.Errors.Select(e => string.Join('.', e.Path!)).Order(StringComparer.Ordinal));
        Assert.All(result.Errors, e => Assert.Equal("TAGS_DOWN", e.Code));
        Assert.Equal(Json("{'users':[{'name':'ada','tag':null},{'name':'bob','tag':null}]}"), Data(result));
    }

    [Fact]
    public async Task ABatchThrowingBeforeItReturns_WithDataLoaderCounting_FailsEveryItemAndTheRequestEnds()
    {
        // With counting on, the batch counts as a running resolver; a throw before it returns must still end that,
        // or a load elsewhere in the request would wait for it for ever (no stall timeout here).
        var schema = Schema(new Probe(), users: [Ada, Bob], batch: _ => throw new GraphQLException("tags are down", "TAGS_DOWN"));
        var options = new RequestExecutorOptions { EnableDataLoaders = true, DataLoaderStallTimeout = Timeout.InfiniteTimeSpan };

        var result = await ExecuteAsync(schema, "{ users { name tag } }", options).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(["users.0.tag", "users.1.tag"], result.Errors.Select(e => string.Join('.', e.Path!)).Order(StringComparer.Ordinal));
        Assert.Equal(Json("{'users':[{'name':'ada','tag':null},{'name':'bob','tag':null}]}"), Data(result));
    }

    [Fact]
    public async Task AFaultedBatchTask_FailsTheFieldOfEveryItem()
    {
        var schema = Schema(new Probe(), users: [Ada, Bob], batch: async _ =>
        {
            await Task.Yield();
            throw new GraphQLException("late failure", "LATE");
        });

        var result = await ExecuteAsync(schema, "{ users { tag } }");

        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Equal("LATE", e.Code));
        Assert.Equal(Json("{'users':[{'tag':null},{'tag':null}]}"), Data(result));
    }

    [Fact]
    public async Task AResultOfTheWrongLength_FailsEveryItem_AndSaysWhy()
    {
        var schema = Schema(new Probe(), users: [Ada, Bob, Cy], batch: _ => ValueTask.FromResult<IReadOnlyList<object?>>(["only", "two"]));

        var result = await ExecuteAsync(schema, "{ users { tag } }", new RequestExecutorOptions { IncludeExceptionDetails = true });

        Assert.Equal(3, result.Errors.Count);
        var exception = Assert.IsType<InvalidOperationException>(result.Errors[0].Exception);
        Assert.Equal("The batch resolver of User.tag returned 2 values for 3 parents.", exception.Message);
    }

    [Fact]
    public async Task ANonNullFieldThatFails_NullsItsItem_AsTheOrdinaryResolverWould()
    {
        var schema = Schema(new Probe(), users: [Ada, Bob], batch: contexts => ValueTask.FromResult<IReadOnlyList<object?>>(
            [.. contexts.Select(c => c.Parent<User>() == Bob ? null : (object?)"x")]));

        var listOfNullable = await ExecuteAsync(schema, "{ users { name mustTag } }");
        var nonNullList = await ExecuteAsync(schema, "{ strictUsers { name mustTag } }");

        Assert.Equal(Json("{'users':[{'name':'ada','mustTag':'x'},null]}"), Data(listOfNullable));
        Assert.Equal(["users", 1, "mustTag"], Assert.Single(listOfNullable.Errors).Path);
        Assert.Null(nonNullList.Data);
        Assert.Equal(["strictUsers", 1, "mustTag"], Assert.Single(nonNullList.Errors).Path);
    }

    [Fact]
    public async Task CodeFirst_MiddlewareWithABatchForm_GivesTheFieldABatchResolver_OnlyWhenOutermost()
    {
        await using var outermost = Services<BatchedPersonType>();
        await using var wrapped = Services<WrappedPersonType>();
        var batched = outermost.GetRequiredService<Schema>();
        var unbatched = wrapped.GetRequiredService<Schema>();

        Assert.NotNull(FieldOf(batched).BatchResolver);
        Assert.Null(FieldOf(unbatched).BatchResolver);
        Assert.Equal(
            Json("{'data':{'people':[{'greeting':'batch:hi ada'},{'greeting':'batch:hi bob'}]}}"),
            await batched.RunAsync("{ people { greeting } }"));
        Assert.Equal(
            Json("{'data':{'people':[{'greeting':'outer:item:hi ada'},{'greeting':'outer:item:hi bob'}]}}"),
            await unbatched.RunAsync("{ people { greeting } }"));

        static OutputField FieldOf(Schema schema) => schema.GetType<ObjectType>("Person").Fields["greeting"];

        static ServiceProvider Services<TPerson>()
            where TPerson : ObjectType<Person>
        {
            var services = new ServiceCollection();
            services.AddGraphQLServer().AddQueryType<CodeFirstQuery>().AddType<TPerson>();
            return services.BuildServiceProvider();
        }
    }

    [Fact]
    public async Task LoadsMadeInsideABatch_ShareOneDataLoaderBatch()
    {
        var fetches = new ConcurrentQueue<string[]>();
        var services = new ServiceCollection().AddSingleton(fetches);
        services.AddGraphQLServer().AddQueryType<CodeFirstQuery>().AddType<LoadingPersonType>();
        await using var provider = services.BuildServiceProvider();
        var executor = provider.GetRequiredService<IRequestExecutor>();

        var json = await executor.RunAsync(new OperationRequest { Query = "{ people { greeting } }" });

        Assert.Equal(Json("{'data':{'people':[{'greeting':'loaded 3'},{'greeting':'loaded 3'}]}}"), json);
        Assert.Equal(["ada", "bob"], Assert.Single(fetches).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ItemsWaitingForALateBatch_AndForAnotherField_GetBoth_AndANullFromTheBatchNullsItsItem()
    {
        // Each item waits for two fields: one resolved on its own after an await, one from a batch that answers later
        // still (and null for bob, whose field is non-null). Both orders of arrival occur over the rounds.
        var schema = Builder("""
                type Query { users: [User] strictUsers: [User!] }
                type User { id: ID! slow: String late: String! }
                """)
            .AddResolver("Query", "users", Value(new[] { Ada, Bob, Cy }))
            .AddResolver("Query", "strictUsers", Value(new[] { Ada, Bob, Cy }))
            .AddResolver("User", "slow", async context =>
            {
                await Task.Yield();
                return "slow " + context.Parent<User>().Name;
            })
            .AddResolver("User", "late", _ => throw new InvalidOperationException("The batch resolves late on lists."))
            .AddBatchResolver("User", "late", async contexts =>
            {
                await Task.Yield();
                return [.. contexts.Select(c => c.Parent<User>() == Bob ? null : (object?)("late " + c.Parent<User>().Name))];
            })
            .BindRuntimeType("User", typeof(User))
            .Create();

        for (var round = 0; round < 20; round++)
        {
            var listOfNullable = await ExecuteAsync(schema, "{ users { id slow late } }");
            var nonNullItems = await ExecuteAsync(schema, "{ strictUsers { id late slow } }");

            Assert.Equal(
                Json("{'users':[{'id':'1','slow':'slow ada','late':'late ada'},null,{'id':'3','slow':'slow cy','late':'late cy'}]}"),
                Data(listOfNullable));
            Assert.Equal(["users", 1, "late"], Assert.Single(listOfNullable.Errors).Path);
            Assert.Equal(Json("{'strictUsers':null}"), Data(nonNullItems));
            Assert.Equal(["strictUsers", 1, "late"], Assert.Single(nonNullItems.Errors).Path);
        }
    }

    [Fact]
    public async Task ItemsResumedByALateBatch_LoadTheirChildrenInOneDataLoaderBatch()
    {
        // The batch finishes after an await; every item's badge then loads its holder through one DataLoader. The
        // items must resume before the batch stops counting as running, or the first item's load is dispatched alone.
        var fetches = new ConcurrentQueue<int[]>();
        var schema = Builder("""
                type Query { users: [User] }
                type User { id: ID! badge: Badge }
                type Badge { label: String holder: String }
                """)
            .AddResolver("Query", "users", Value(Enumerable.Range(1, 30).Select(i => new User(i, "u" + i)).ToArray()))
            .AddResolver("User", "badge", _ => throw new InvalidOperationException("The batch resolves badges on lists."))
            .AddBatchResolver("User", "badge", async contexts =>
            {
                await Task.Delay(1);
                return [.. contexts.Select(c => (object?)new Badge(c.Parent<User>().Id))];
            })
            .AddResolver("Badge", "label", context =>
            {
                // Some work before the item loads, so that a dispatch made too early has time to run.
                Thread.SpinWait(20_000);
                return ValueTask.FromResult<object?>("b" + context.Parent<Badge>().UserId);
            })
            .AddResolver("Badge", "holder", async context => await context.BatchDataLoader<int, string>(
                (keys, _) =>
                {
                    fetches.Enqueue([.. keys]);
                    return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => "u" + k));
                },
                "holders").LoadAsync(context.Parent<Badge>().UserId))
            .Create();
        var executor = new RequestExecutor(schema, new RequestExecutorOptions { EnableDataLoaders = true, DataLoaderStallTimeout = Timeout.InfiniteTimeSpan });

        for (var round = 0; round < 10; round++)
        {
            fetches.Clear();
            var json = await executor.RunAsync(new OperationRequest { Query = "{ users { badge { label holder } } }" });

            Assert.Contains("{\"label\":\"b30\",\"holder\":\"u30\"}", json, StringComparison.Ordinal);
            Assert.Equal(Enumerable.Range(1, 30), Assert.Single(fetches).Order());
        }
    }

    private static async Task<OperationResult> ExecuteAsync(Schema schema, string query, RequestExecutorOptions? options = null)
        => Assert.IsType<OperationResult>(await new RequestExecutor(schema, options).ExecuteAsync(new OperationRequest { Query = query }));

    private static string Data(OperationResult result)
        => JsonSerializer.Serialize(JsonDocument.Parse(result.ToJson()).RootElement.GetProperty("data"));

    private static Schema Schema(Probe probe, User?[] users, BatchFieldResolverDelegate? batch = null)
        => Builder(Sdl)
            .AddResolver("Query", "users", Value(users))
            .AddResolver("Query", "strictUsers", Value(users))
            .AddResolver("Query", "one", Value(users[0]))
            .AddResolver("Query", "nodes", Value(users))
            .AddResolver("Query", "groups", Value(new[] { users.Take(2).ToArray(), users.Skip(2).ToArray() }))
            .AddResolver("User", "tag", context =>
            {
                Interlocked.Increment(ref probe.ItemCalls);
                return ValueTask.FromResult<object?>(context.ArgumentValue<string?>("prefix") + context.Parent<User>().Name);
            })
            .AddBatchResolver("User", "tag", batch ?? (contexts =>
            {
                Interlocked.Increment(ref probe.BatchCalls);
                lock (probe)
                {
                    probe.Paths.AddRange(contexts.Select(c => c.Path.ToString()));
                    probe.Parents.AddRange(contexts.Select(c => c.Parent<User>()));
                }

                return ValueTask.FromResult<IReadOnlyList<object?>>([.. contexts.Select(c => (object?)(c.ArgumentValue<string?>("prefix") + c.Parent<User>().Name))]);
            }))
            .AddResolver("User", "mustTag", Value("unused"))
            .AddBatchResolver("User", "mustTag", batch ?? (contexts => ValueTask.FromResult<IReadOnlyList<object?>>([.. contexts.Select(_ => (object?)"x")])))
            .BindRuntimeType("User", typeof(User))
            .Create();

    private sealed class Probe
    {
        public int BatchCalls;
        public int ItemCalls;

        public List<string> Paths { get; } = [];

        public List<User> Parents { get; } = [];
    }

    public sealed record User(int Id, string Name);

    public sealed record Person(string Name);

    public sealed record Badge(int UserId);

    public sealed class CodeFirstQuery
    {
        public IReadOnlyList<Person> GetPeople() => [new("ada"), new("bob")];
    }

    // The batch form runs outermost, around the rest of the pipeline (here just the resolver) of every item.
    public sealed class BatchedPersonType : ObjectType<Person>
    {
        protected override void Configure(IObjectTypeDescriptor<Person> descriptor)
            => descriptor.Field("greeting").Type("String")
                .Use(next => async context => "item:" + await next(context), next => async contexts =>
                {
                    var values = new object?[contexts.Count];
                    for (var i = 0; i < values.Length; i++)
                    {
                        values[i] = "batch:" + await next(contexts[i]);
                    }

                    return values;
                })
                .Resolve(context => "hi " + context.Parent<Person>().Name);
    }

    // Another middleware outside the one with a batch form: the batch would skip it, so there is none.
    public sealed class WrappedPersonType : ObjectType<Person>
    {
        protected override void Configure(IObjectTypeDescriptor<Person> descriptor)
            => descriptor.Field("greeting").Type("String")
                .Use(next => async context => "outer:" + await next(context))
                .Use(next => async context => "item:" + await next(context), next => _ => throw new InvalidOperationException("not used"))
                .Resolve(context => "hi " + context.Parent<Person>().Name);
    }

    // Every item's pipeline loads through one DataLoader; the batch starts them all before awaiting any.
    public sealed class LoadingPersonType : ObjectType<Person>
    {
        protected override void Configure(IObjectTypeDescriptor<Person> descriptor)
            => descriptor.Field("greeting").Type("String").LoadsThroughDataLoaders()
                .Use(next => next, next => async contexts =>
                {
                    var pending = contexts.Select(c => next(c).AsTask()).ToArray();
                    return await Task.WhenAll(pending);
                })
                .Resolve(async context =>
                {
                    var fetches = context.Service<ConcurrentQueue<string[]>>();
                    var length = await context.BatchDataLoader<string, int>(
                        (keys, _) =>
                        {
                            fetches.Enqueue([.. keys]);
                            return Task.FromResult<IReadOnlyDictionary<string, int>>(keys.ToDictionary(k => k, k => k.Length));
                        },
                        "names").LoadAsync(context.Parent<Person>().Name);
                    return (object?)$"loaded {length}";
                });
    }
}
