using KtPortal.LoadHost;

// The subscription load test's server: the API's engine and transports behind a schema that can publish on
// demand. Start it with `--urls http://127.0.0.1:<port>`; tests/Benchmarks/js/subscriptions-load.mjs does.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddGraphQLServer()
    .AddQueryType<LoadQuery>()
    .AddMutationType<LoadMutation>()
    .AddSubscriptionType<LoadSubscription>()
    .AddInMemorySubscriptions()
    // Only the publish mutation runs long (it paces a whole run); the API's 30 s would cut a slow run short.
    .ModifyRequestOptions(options => options.ExecutionTimeout = TimeSpan.FromMinutes(30));
builder.Services.AddGraphQLTransports(builder.Configuration);

var app = builder.Build();
app.MapGraphQL();

// As the API does: a schema error stops start-up instead of failing the first request.
app.Services.GetRequiredService<IRequestExecutor>();
await app.RunAsync();
