using KtPortal.GraphQL.Authorization;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using static KtPortal.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace KtPortal.GraphQL.Tests.Authorization;

public sealed class AuthorizationTests
{
    private static readonly Schema CodeFirst = SchemaBuilder.New()
        .AddTypeExtension<GuardedQueries>()
        .AddType<SecretType>()
        .AddTypeExtension<VaultExtensions>()
        .Create();

    private static async Task<string> RunAsync(string query, string[]? roles, IAuthorizationHandler? handler = null, Schema? schema = null)
    {
        var services = new ServiceCollection();
        if (handler is not null)
        {
            services.AddSingleton(handler);
        }

        await using var provider = services.BuildServiceProvider();
        var executor = new RequestExecutor(schema ?? CodeFirst);
        return await executor.RunAsync(new OperationRequest
        {
            Query = query,
            Services = provider,
            ContextData = roles is null ? null : new Dictionary<string, object?> { ["roles"] = roles },
        });
    }

    [Fact]
    public async Task Unguarded_field_needs_no_caller()
        => Assert.Equal(Json("{'data':{'open':'open'}}"), await RunAsync("{ open }", null, new RoleListHandler()));

    [Fact]
    public async Task Authorize_without_a_caller_is_null_with_AUTH_NOT_AUTHENTICATED_and_the_resolver_never_runs()
        => Assert.Equal(
            Json("{'errors':[{'message':'The current user is not authenticated and cannot access Query.signed.','locations':[{'line':1,'column':9}],'path':['signed'],'extensions':{'code':'AUTH_NOT_AUTHENTICATED'}}],'data':{'open':'open','signed':null}}"),
            await RunAsync("{ open, signed }", null, new RoleListHandler()));

    [Fact]
    public async Task Authorize_with_any_authenticated_caller_resolves()
        => Assert.Equal(Json("{'data':{'signed':'signed'}}"), await RunAsync("{ signed }", [], new RoleListHandler()));

    [Theory]
    [InlineData("AGENT", true)]
    [InlineData("ADMIN", true)]
    [InlineData("MEMBER", false)]
    public async Task Roles_require_one_of_them(string role, bool allowed)
    {
        var json = await RunAsync("{ staff }", [role], new RoleListHandler());
        Assert.Equal(
            allowed ? Json("{'data':{'staff':'staff'}}") : Json("{'errors':[{'message':'The current user is not authorized to access Query.staff.','locations':[{'line':1,'column':3}],'path':['staff'],'extensions':{'code':'AUTH_NOT_AUTHORIZED'}}],'data':{'staff':null}}"),
            json);
    }

    [Fact]
    public async Task Scopes_require_all_of_them()
    {
        Assert.Contains("AUTH_NOT_AUTHORIZED", await RunAsync("{ scoped }", ["api:read"], new RoleListHandler()), StringComparison.Ordinal);
        Assert.Equal(Json("{'data':{'scoped':'scoped'}}"), await RunAsync("{ scoped }", ["api:read", "api:write"], new RoleListHandler()));
    }

    [Fact]
    public async Task Policy_is_passed_to_the_handler()
    {
        Assert.Contains("AUTH_NOT_AUTHORIZED", await RunAsync("{ billing }", ["ADMIN"], new RoleListHandler()), StringComparison.Ordinal);
        Assert.Equal(Json("{'data':{'billing':'billing'}}"), await RunAsync("{ billing }", ["policy:billing"], new RoleListHandler()));
    }

    [Fact]
    public async Task Authorize_on_an_object_type_guards_every_field_including_extension_fields()
    {
        var handler = new RoleListHandler();
        var json = await RunAsync("{ vault { name gold motto } }", ["MEMBER"], handler);
        Assert.Equal(3, json.Split("AUTH_NOT_AUTHORIZED").Length - 1);
        Assert.Contains("\"data\":{\"vault\":{\"name\":null,\"gold\":null,\"motto\":null}}", json, StringComparison.Ordinal);
        Assert.Equal(Json("{'data':{'vault':{'name':'main','gold':42,'motto':'in main we trust'}}}"), await RunAsync("{ vault { name gold motto } }", ["ADMIN"], new RoleListHandler()));
    }

    [Fact]
    public async Task Descriptor_Authorize_guards_only_that_field()
    {
        var json = await RunAsync("{ secret { owner code } }", ["MEMBER"], new RoleListHandler());
        Assert.Equal(
            Json("{'errors':[{'message':'The current user is not authorized to access Secret.code.','locations':[{'line':1,'column':18}],'path':['secret','code'],'extensions':{'code':'AUTH_NOT_AUTHORIZED'}}],'data':{'secret':{'owner':'me','code':null}}}"),
            json);
    }

    [Fact]
    public async Task Without_a_handler_a_guarded_field_is_never_open()
        => Assert.Contains("AUTH_NOT_AUTHENTICATED", await RunAsync("{ staff }", ["ADMIN"], handler: null), StringComparison.Ordinal);

    [Fact]
    public async Task A_non_null_guarded_field_nulls_its_parent()
    {
        var schema = Builder("type Query { box: Box } type Box { a: String! }")
            .AddResolver("Query", "box", Value(new Dictionary<string, object?> { ["a"] = "x" }))
            .AddAuthorization("Box", "a", AuthorizationRule.Authenticated)
            .Create();
        Assert.Equal(
            Json("{'errors':[{'message':'The current user is not authenticated and cannot access Box.a.','locations':[{'line':1,'column':9}],'path':['box','a'],'extensions':{'code':'AUTH_NOT_AUTHENTICATED'}}],'data':{'box':null}}"),
            await RunAsync("{ box { a } }", null, new RoleListHandler(), schema));
    }

    [Fact]
    public async Task Guarded_subscription_is_refused_before_its_stream_is_created()
    {
        var created = false;
        var schema = Builder("type Query { a: Int } type Subscription { tick: Int }")
            .AddSubscribeResolver("Subscription", "tick", _ =>
            {
                created = true;
                return ValueTask.FromResult(AsyncEnumerable.Empty<object?>());
            })
            .AddAuthorization("Subscription", null, AuthorizationRule.Authenticated)
            .Create();
        var json = await RunAsync("subscription { tick }", null, new RoleListHandler(), schema);
        Assert.Contains("AUTH_NOT_AUTHENTICATED", json, StringComparison.Ordinal);
        Assert.False(created);
    }

    [Theory]
    [InlineData("subscription { streamed }")]
    [InlineData("subscription { streamedWithRole }")]
    [InlineData("subscription { guardedByClass }")]
    public async Task Authorize_on_a_code_first_stream_subscription_refuses_the_stream_before_it_is_made(string query)
    {
        var schema = SchemaBuilder.New()
            .AddTypeExtension<GuardedQueries>()
            .AddTypeExtension<GuardedStreams>()
            .AddTypeExtension<GuardedStreamClass>()
            .Create();
        GuardedStreams.Opened = 0;

        var json = await RunAsync(query, null, new RoleListHandler(), schema);

        Assert.Contains("AUTH_NOT_AUTHENTICATED", json, StringComparison.Ordinal);
        Assert.Equal(0, GuardedStreams.Opened);
    }

    [Fact]
    public void Authorize_on_a_code_first_stream_subscription_is_a_rule_of_the_field()
    {
        var schema = SchemaBuilder.New().AddTypeExtension<GuardedQueries>().AddTypeExtension<GuardedStreams>().Create();

        var subscription = schema.GetType<ObjectType>("Subscription");

        Assert.Single(subscription.Fields["streamed"].AuthorizationRules);
        Assert.Equal(["admin"], Assert.Single(subscription.Fields["streamedWithRole"].AuthorizationRules).Roles);
        Assert.Empty(subscription.Fields["open"].AuthorizationRules);
    }

    [Fact]
    public void Rules_are_not_printed_in_the_SDL()
    {
        var sdl = SchemaPrinter.Print(CodeFirst);
        Assert.DoesNotContain("authorize", sdl, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("staff: String", sdl, StringComparison.Ordinal);
    }

    private static readonly Schema Accounts = SchemaBuilder.New()
        .AddTypeExtension<AccountQueries>()
        .AddType<PersonalAccount>()
        .AddType<BusinessAccount>()
        .AddType<LoginEntry>()
        .Create();

    [Theory]
    [InlineData("{ account { name iban } }", "BusinessAccount.iban")]
    [InlineData("{ account { ... on BusinessAccount { name iban } } }", "BusinessAccount.iban")]
    [InlineData("{ personal { name iban } }", "PersonalAccount.iban")]
    public async Task Authorize_on_an_interface_member_guards_that_field_on_every_implementing_type(string query, string guarded)
    {
        var handler = new RoleListHandler();
        var json = await RunAsync(query, ["MEMBER"], handler, Accounts);
        Assert.Contains("AUTH_NOT_AUTHORIZED", json, StringComparison.Ordinal);
        Assert.DoesNotContain("DE00", json, StringComparison.Ordinal);
        Assert.DoesNotContain("GB00", json, StringComparison.Ordinal);
        Assert.Equal([guarded], handler.Checked);

        // The name is not guarded, and an admin reads the guarded field.
        Assert.Contains("\"name\":", json, StringComparison.Ordinal);
        Assert.DoesNotContain("errors", await RunAsync(query, ["ADMIN"], new RoleListHandler(), Accounts), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ entry { action } }")]
    [InlineData("{ login { action } }")]
    public async Task Authorize_on_an_interface_type_guards_its_fields_on_every_implementing_type(string query)
    {
        var json = await RunAsync(query, ["MEMBER"], new RoleListHandler(), Accounts);
        Assert.Contains("AUTH_NOT_AUTHORIZED", json, StringComparison.Ordinal);
        Assert.Contains("{\"action\":null}", json, StringComparison.Ordinal);
        Assert.DoesNotContain("errors", await RunAsync(query, ["ADMIN"], new RoleListHandler(), Accounts), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authorize_on_an_interface_type_leaves_the_implementing_type_s_own_fields_alone()
    {
        var json = await RunAsync("{ login { ip } }", ["MEMBER"], new RoleListHandler(), Accounts);
        Assert.Equal(Json("{'data':{'login':{'ip':'10.0.0.1'}}}"), json);
    }

    [Fact]
    public async Task A_rule_bound_to_an_interface_of_an_SDL_schema_guards_the_implementing_types()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("""
                type Query { node: Node, user: User }
                interface Node { id: ID, secret: String }
                interface Owned implements Node { id: ID, secret: String, owner: String }
                type User implements Node & Owned { id: ID, secret: String, owner: String, name: String }
                """)
            .AddResolver("Query", "node", Value(new Dictionary<string, object?> { ["__typename"] = "User", ["id"] = "1", ["secret"] = "s", ["owner"] = "o", ["name"] = "n" }))
            .AddResolver("Query", "user", Value(new Dictionary<string, object?> { ["id"] = "1", ["secret"] = "s", ["owner"] = "o", ["name"] = "n" }))
            .AddAuthorization("Node", "secret", new AuthorizationRule(null, ["ADMIN"], []))
            .AddAuthorization("Owned", null, new AuthorizationRule(null, ["OWNER"], []))
            .Create();

        var json = await RunAsync("{ node { id secret } user { id secret owner name } }", ["MEMBER"], new RoleListHandler(), schema);

        // Node.secret on User, through the interface and directly; Owned's fields (id, secret, owner) on User.
        Assert.Equal(5, json.Split("AUTH_NOT_AUTHORIZED").Length - 1);
        Assert.Contains("\"name\":\"n\"", json, StringComparison.Ordinal);
    }
}
