using System.Text.Json;
using KtPortal.Api.GraphQL;
using KtPortal.Api.Notifications;
using KtPortal.Api.Seed;
using KtPortal.Api.Tests.Support;
using KtPortal.Api.Tests.Tenancy;
using KtPortal.Domain.Notifications;
using KtPortal.GraphQL.AspNetCore.Authorization;
using KtPortal.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.Api.Tests.Notifications;

/// <summary>
/// <c>notificationReceived</c>: a user's new notifications pushed as their inserts commit, heard from PostgreSQL
/// (LISTEN/NOTIFY, migration 0016) by the API's <see cref="NotificationListener"/>. Each test subscribes as a user no
/// other test of the class writes notifications for.
/// </summary>
public sealed class NotificationSubscriptionTests(SupportApiFixture fixture) : IClassFixture<SupportApiFixture>
{
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);

    private NotificationListener Listener => fixture.Factory.Services.GetRequiredService<NotificationListener>();

    private NotificationBus Bus => fixture.Factory.Services.GetRequiredService<NotificationBus>();

    [Fact]
    public async Task A_subscriber_gets_their_own_new_notification_and_nobody_elses()
    {
        var me = DemoSeed.IdOf("user", "owner@globex.test");
        await using var subscription = await SubscribeAsync("owner@globex.test");
        var title = $"mine {Guid.NewGuid():N}";

        await fixture.InsertNotificationAsync(DemoSeed.IdOf("user", "owner@acme.test"), "someone else's", Start, kind: NotificationKinds.SlaBreached);
        var id = await fixture.InsertNotificationAsync(me, title, Start, kind: NotificationKinds.SlaBreached);

        var received = await subscription.NextAsync();
        Assert.Equal(title, received.GetProperty("title").GetString());
        Assert.Equal("SLA_BREACHED", received.GetProperty("kind").GetString());
        Assert.Equal(new KtPortal.GraphQL.Types.NodeIdSerializer().Format("Notification", id), received.GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_notification_whose_in_app_channel_is_off_is_not_pushed()
    {
        var me = DemoSeed.IdOf("user", "partner@northwind.test");
        await using (var mute = fixture.DataSource.CreateCommand(
            "INSERT INTO notification_preferences (user_id, kind, in_app, email, updated_at) VALUES ($1, 'PLAN_USAGE_WARNING', false, true, now())"))
        {
            mute.Parameters.Add(new Npgsql.NpgsqlParameter { Value = me });
            await mute.ExecuteNonQueryAsync();
        }

        await using var subscription = await SubscribeAsync("partner@northwind.test");

        await fixture.InsertNotificationAsync(me, "hidden", Start, kind: NotificationKinds.PlanUsageWarning);
        await fixture.InsertNotificationAsync(me, "shown", Start, kind: NotificationKinds.PlanUsageExhausted);

        Assert.Equal("shown", (await subscription.NextAsync()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_rolled_back_insert_pushes_nothing()
    {
        var me = DemoSeed.IdOf("user", "billing@kre8ivtech.test");
        await using var subscription = await SubscribeAsync("billing@kre8ivtech.test");

        await using (var connection = await fixture.DataSource.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await using var insert = new Npgsql.NpgsqlCommand("""
                INSERT INTO notifications (id, user_id, kind, title, body, data, created_at)
                VALUES (gen_random_uuid(), $1, 'SLA_BREACHED', 'rolled back', 'body', '{}', now())
                """, connection, transaction);
            insert.Parameters.Add(new Npgsql.NpgsqlParameter { Value = me });
            await insert.ExecuteNonQueryAsync();
            await transaction.RollbackAsync();
        }

        await fixture.InsertNotificationAsync(me, "committed", Start, kind: NotificationKinds.SlaBreached);

        Assert.Equal("committed", (await subscription.NextAsync()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_listener_listens_again_after_its_connection_is_killed()
    {
        var me = DemoSeed.IdOf("user", "member@acme.test");
        await Listener.Listening.WaitAsync(TimeSpan.FromSeconds(60));
        await using var subscription = await SubscribeAsync("member@acme.test");

        var killed = await fixture.Database.ScalarAsync<long>(
            $"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN {NotificationListener.Channel}'");
        Assert.Equal(1, killed);
        await WaitUntilAsync(() => !Listener.Listening.IsCompleted);
        await Listener.Listening.WaitAsync(TimeSpan.FromSeconds(60));
        await fixture.InsertNotificationAsync(me, "after the reconnect", Start, kind: NotificationKinds.SlaBreached);

        Assert.Equal("after the reconnect", (await subscription.NextAsync()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_client_acting_for_itself_has_no_notifications_so_its_subscription_completes()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        // RFC 9068: a token with no resource owner has the client as its subject.
        var client = TenantFixture.Principal(DemoSeed.PartnerClientId, DemoSeed.PartnerClientId, null);

        var stream = Assert.IsType<ResponseStream>(await ExecuteAsync(scope, client));

        await using var results = stream.ReadResultsAsync().GetAsyncEnumerator();
        Assert.False(await results.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(60)));
    }

    [Fact]
    public async Task Without_a_user_the_subscription_is_not_authenticated()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();

        var result = Assert.IsType<OperationResult>(await ExecuteAsync(scope, user: null));

        Assert.Equal("AUTH_NOT_AUTHENTICATED", Assert.Single(result.Errors).Code);
    }

    private static ValueTask<IExecutionResult> ExecuteAsync(AsyncServiceScope scope, System.Security.Claims.ClaimsPrincipal? user)
        => PortalGraphQL.Executor(scope.ServiceProvider).ExecuteAsync(new OperationRequest
        {
            Query = "subscription { notificationReceived { id kind title } }",
            Services = scope.ServiceProvider,
            ContextData = user is null ? null : new Dictionary<string, object?> { [GraphQLContextData.User] = user },
        });

    // The user subscribed, with the listener listening and the subscription on the bus.
    private async Task<Subscription> SubscribeAsync(string email)
    {
        await Listener.Listening.WaitAsync(TimeSpan.FromSeconds(60));
        var scope = fixture.Factory.Services.CreateAsyncScope();
        var user = TenantFixture.Principal(DemoSeed.IdOf("user", email).ToString("D"), DemoSeed.SpaClientId, null);
        var stream = Assert.IsType<ResponseStream>(await ExecuteAsync(scope, user));
        var guard = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var results = stream.ReadResultsAsync(guard.Token).GetAsyncEnumerator(guard.Token);

        // The first read starts the stream, which subscribes to the bus.
        var first = results.MoveNextAsync().AsTask();
        var userId = DemoSeed.IdOf("user", email);
        await WaitUntilAsync(() => Bus.SubscriberCount(userId) > 0);
        return new Subscription(scope, stream, guard, results, first);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!condition())
        {
            await Task.Delay(10, guard.Token);
        }
    }

    private sealed class Subscription(
        AsyncServiceScope scope, ResponseStream stream, CancellationTokenSource guard, IAsyncEnumerator<OperationResult> results, Task<bool> first)
        : IAsyncDisposable
    {
        private Task<bool>? _pending = first;

        /// <summary>The next notification pushed.</summary>
        public async Task<JsonElement> NextAsync()
        {
            var moved = await (_pending ?? results.MoveNextAsync().AsTask());
            _pending = null;
            Assert.True(moved);
            Assert.Empty(results.Current.Errors);
            using var json = JsonDocument.Parse(results.Current.ToJson());
            return json.RootElement.GetProperty("data").GetProperty("notificationReceived").Clone();
        }

        public async ValueTask DisposeAsync()
        {
            await results.DisposeAsync();
            await stream.DisposeAsync();
            guard.Dispose();
            await scope.DisposeAsync();
        }
    }
}
