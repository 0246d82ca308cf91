using static KtPortal.GraphQL.Tests.Fetching.DataLoaderSchema;

namespace KtPortal.GraphQL.Tests.Fetching;

/// <summary>What a failed or wrong batch does to the response.</summary>
public sealed class DataLoaderErrorTests
{
    [Fact]
    public async Task A_failed_batch_fails_only_the_fields_of_its_keys()
    {
        await using var host = DataLoaderHost.Create();

        var result = await host.RunAsync("{ items(count: 6) { id flaky detail { id } } }");

        // Batches of two: [1, 2], [3, 4] (fails) and [5, 6].
        Assert.Equal(
            """{"items":[{"id":1,"flaky":"flaky 1","detail":{"id":1}},{"id":2,"flaky":"flaky 2","detail":{"id":2}},{"id":3,"flaky":null,"detail":{"id":3}},{"id":4,"flaky":null,"detail":{"id":4}},"""
            + """{"id":5,"flaky":"flaky 5","detail":{"id":5}},{"id":6,"flaky":"flaky 6","detail":{"id":6}}]}""",
            DataLoaderHost.Data(result).GetRawText());
        var errors = result.Errors.OrderBy(e => PathOf(e)).ToList();
        Assert.Equal(["items/2/flaky", "items/3/flaky"], errors.Select(PathOf));
        Assert.All(errors, e => Assert.Equal(("The store is unavailable.", "STORE_UNAVAILABLE"), (e.Message, e.Code)));
        Assert.Equal([[1, 2], [3, 4], [5, 6]], host.Log.Of(nameof(FlakyLoader)).OrderBy(b => b[0]));
    }

    [Fact]
    public async Task A_failed_key_is_fetched_again_by_a_later_load()
    {
        await using var host = DataLoaderHost.Create();
        await using var scope = host.CreateScope();

        await host.RunAsync("{ items(count: 1, start: 3) { flaky } }", scope.ServiceProvider);
        await host.RunAsync("{ items(count: 1, start: 3) { flaky } }", scope.ServiceProvider);

        Assert.Equal([[3], [3]], host.Log.Of(nameof(FlakyLoader)));
    }

    [Fact]
    public async Task A_result_with_a_key_that_was_not_requested_is_an_error()
    {
        await using var host = DataLoaderHost.Create();

        var result = await host.RunAsync("{ items(count: 2) { extra } detail(id: 1) { id } }");

        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, error =>
        {
            var exception = Assert.IsType<InvalidOperationException>(error.Exception);
            Assert.Equal("The DataLoader ExtraKeyLoader returned the key 999, which was not requested.", exception.Message);
        });
        Assert.Equal(["items/0/extra", "items/1/extra"], result.Errors.Select(PathOf).Order());
        Assert.Equal("""{"id":1}""", DataLoaderHost.Data(result).GetProperty("detail").GetRawText());
    }

    [Fact]
    public async Task Two_values_for_one_key_are_an_error()
    {
        await using var host = DataLoaderHost.Create();

        var result = await host.RunAsync("{ items(count: 2) { duplicate } }");

        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, error => Assert.Equal(
            "The DataLoader DuplicateKeyLoader returned two values for the key 1.",
            Assert.IsType<InvalidOperationException>(error.Exception).Message));
    }

    [Fact]
    public async Task A_missing_value_type_key_is_an_error_for_that_key_only()
    {
        await using var host = DataLoaderHost.Create();

        var result = await host.RunAsync("{ a: score(key: 2) b: score(key: 3) }");

        var error = Assert.Single(result.Errors);
        Assert.Equal("b", PathOf(error));
        Assert.Equal("The DataLoader ScoreLoader returned no value for the key 3.", Assert.IsType<InvalidOperationException>(error.Exception).Message);
        Assert.Equal(20, DataLoaderHost.Data(result).GetProperty("a").GetInt32());
    }

    [Fact]
    public async Task A_missing_reference_key_resolves_to_null()
    {
        await using var host = DataLoaderHost.Create();

        var result = await host.RunAsync("{ detail(id: 1234) { id } }");

        Assert.Equal("""{"data":{"detail":null}}""", result.ToJson());
    }

    [Fact]
    public async Task An_aborted_request_cancels_its_pending_loads()
    {
        await using var host = DataLoaderHost.Create();
        using var abort = new CancellationTokenSource();

        // The gate keeps the batch from running (no stall timeout), so the load is still pending when aborted.
        var running = host.RunAsync("{ detail(id: 1) { id } gate }", abort.Token);
        await DataLoaderHost.Bounded(host.Gate.Entered.Task.ContinueWith(_ => true, TaskScheduler.Default));
        await abort.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
    }

    private static string PathOf(GraphQLError error) => string.Join('/', error.Path!);
}
