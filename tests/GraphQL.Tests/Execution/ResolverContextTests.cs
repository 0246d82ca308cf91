using KtPortal.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using static KtPortal.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace KtPortal.GraphQL.Tests.Execution;

public sealed class ResolverContextTests
{
    [Fact]
    public async Task Context_ExposesServicesRequestStatePathAndConvertedArguments()
    {
        var schema = Builder("type Query { items: [Item] } type Item { info(ids: [Int!]!, flag: Boolean): String }")
            .AddResolver("Query", "items", Value(new object[] { new object() }))
            .AddResolver("Item", "info", context =>
            {
                var ids = context.ArgumentValue<int[]>("ids");
                var list = context.ArgumentValue<IReadOnlyList<long>>("ids");
                var text = string.Join(',', ids) + "|" + list.Sum()
                    + "|" + context.HasArgument("flag") + "|" + context.Path
                    + "|" + context.Service<Greeting>().Text + "|" + context.ContextData["user"]
                    + "|" + context.ObjectType.Name + "." + context.Field.Name + "|" + context.ResponseName;
                return ValueTask.FromResult<object?>(text);
            })
            .Create();
        var services = new ServiceCollection().AddSingleton(new Greeting("hi")).BuildServiceProvider();
        var executor = new RequestExecutor(schema, services: services);

        var json = await executor.RunAsync(new OperationRequest
        {
            Query = "{ items { i: info(ids: [1, 2]) } }",
            ContextData = new Dictionary<string, object?> { ["user"] = "ann" },
        });

        Assert.Equal(Json("{'data':{'items':[{'i':'1,2|3|False|items.0.i|hi|ann|Item.info|i'}]}}"), json);
    }

    [Fact]
    public async Task RequestServices_WinOverRootServices()
    {
        var schema = Builder("type Query { greeting: String }")
            .AddResolver("Query", "greeting", context => ValueTask.FromResult<object?>(context.Service<Greeting>().Text))
            .Create();
        var root = new ServiceCollection().AddSingleton(new Greeting("root")).BuildServiceProvider();
        var scoped = new ServiceCollection().AddSingleton(new Greeting("request")).BuildServiceProvider();

        var json = await new RequestExecutor(schema, services: root).RunAsync(new OperationRequest { Query = "{ greeting }", Services = scoped });

        Assert.Equal(Json("{'data':{'greeting':'request'}}"), json);
    }

    private sealed record Greeting(string Text);
}
