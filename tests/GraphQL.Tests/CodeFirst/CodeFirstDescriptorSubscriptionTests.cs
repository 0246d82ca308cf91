using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;
using static KtPortal.GraphQL.Tests.CodeFirst.CodeFirstTestHelpers;

namespace KtPortal.GraphQL.Tests.CodeFirst;

public sealed class CodeFirstDescriptorSubscriptionTests
{
    [Fact]
    public async Task Descriptor_subscriptions_use_the_given_stream_and_resolver()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType(d => d.Field("ping").Type("String").Resolve(_ => "pong"))
            .AddSubscriptionType(d => d.Field("ticks")
                .Type("Int!")
                .Subscribe(_ => new ValueTask<IAsyncEnumerable<object?>>(Ticks()))
                .Resolve(context => (int)context.Parent()! * 10))
            .Create();

        var executor = new RequestExecutor(schema);
        await using var stream = Assert.IsType<ResponseStream>(await executor.ExecuteAsync(new OperationRequest { Query = "subscription { ticks }" }));
        var values = new List<string>();
        await foreach (var result in stream.ReadResultsAsync())
        {
            values.Add(result.ToJson());
        }

        Assert.Equal(["""{"data":{"ticks":10}}""", """{"data":{"ticks":20}}"""], values);
    }

    [Fact]
    public async Task Generic_extensions_add_fields_to_the_type_of_their_CLR_type()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType<CodeFirstAttributeTests.SearchQuery>()
            .AddType<CodeFirstAttributeTests.Dog>()
            .AddType<CodeFirstAttributeTests.Cat>()
            .AddTypeExtension<CatExtension>()
            .Create();

        Assert.Equal(["name", "lives", "livesLeft"], schema.GetType<ObjectType>("Cat").Fields.Select(f => f.Name));
        Assert.Equal(
            """{"data":{"pets":[{},{"livesLeft":8}]}}""",
            await RunAsync(schema, "{ pets { ... on Cat { livesLeft } } }"));
    }

    private static async IAsyncEnumerable<object?> Ticks()
    {
        for (var i = 1; i <= 2; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }

    public sealed class CatExtension : ObjectTypeExtension<CodeFirstAttributeTests.Cat>
    {
        protected override void Configure(IObjectTypeDescriptor<CodeFirstAttributeTests.Cat> descriptor)
            => descriptor.Field("livesLeft").Type("Int!").Resolve(context => context.Parent<CodeFirstAttributeTests.Cat>().Lives - 1);
    }
}
