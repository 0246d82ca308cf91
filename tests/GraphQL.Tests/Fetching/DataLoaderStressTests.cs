using System.Text;
using System.Text.Json;

namespace KtPortal.GraphQL.Tests.Fetching;

/// <summary>Random query shapes, run many times: every result complete and right, no request left hanging.</summary>
public sealed class DataLoaderStressTests
{
    [Fact]
    public async Task Random_shapes_always_complete_with_the_right_data()
    {
        // Seeded, so that a failure can be replayed; the stall timeout stays on as in production.
        var random = new Random(20261206);
        await using var host = DataLoaderHost.Create(stallTimeout: TimeSpan.FromMilliseconds(50));
        for (var iteration = 0; iteration < 500; iteration++)
        {
            var start = random.Next(0, 50);
            var count = random.Next(0, 30);
            var withOwner = random.Next(2) == 0;
            var withTags = random.Next(2) == 0;
            var withNext = random.Next(2) == 0;
            var delay = random.Next(3) == 0 ? random.Next(0, 3) : -1;
            var query = Query(start, count, withOwner, withTags, withNext, delay);

            var result = await host.RunAsync(query);

            Assert.Empty(result.Errors);
            Check(DataLoaderHost.Data(result), start, count, withOwner, withTags, withNext, delay);
        }
    }

    [Fact]
    public async Task Concurrent_random_shapes_in_shared_scopes_always_complete()
    {
        var random = new Random(7);
        await using var host = DataLoaderHost.Create(stallTimeout: TimeSpan.FromMilliseconds(50));
        for (var round = 0; round < 50; round++)
        {
            await using var scope = host.CreateScope();
            var shapes = Enumerable.Range(0, 4)
                .Select(_ => (Start: random.Next(0, 40), Count: random.Next(1, 20), Owner: random.Next(2) == 0, Tags: random.Next(2) == 0, Next: random.Next(2) == 0))
                .ToList();
            var results = await Task.WhenAll(shapes.Select(s => host.RunAsync(Query(s.Start, s.Count, s.Owner, s.Tags, s.Next, -1), scope.ServiceProvider)));

            for (var i = 0; i < shapes.Count; i++)
            {
                Assert.Empty(results[i].Errors);
                Check(DataLoaderHost.Data(results[i]), shapes[i].Start, shapes[i].Count, shapes[i].Owner, shapes[i].Tags, shapes[i].Next, -1);
            }
        }
    }

    private static string Query(int start, int count, bool withOwner, bool withTags, bool withNext, int delay)
    {
        var item = new StringBuilder("id detail { id");
        item.Append(withOwner ? " owner { name }" : string.Empty);
        item.Append(withNext ? " next { id owner { id } }" : string.Empty);
        item.Append(" }");
        item.Append(withTags ? " tags { name }" : string.Empty);
        var extra = delay >= 0 ? $" late: delayedDetail(id: {start}, delay: {delay}) {{ id }}" : string.Empty;
        return $"{{ items(count: {count}, start: {start}) {{ {item} }}{extra} }}";
    }

    private static void Check(JsonElement data, int start, int count, bool withOwner, bool withTags, bool withNext, int delay)
    {
        var items = data.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(count, items.Count);
        for (var i = 0; i < count; i++)
        {
            var id = start + i;
            var detail = items[i].GetProperty("detail");
            Assert.Equal(id, detail.GetProperty("id").GetInt32());
            if (withOwner)
            {
                Assert.Equal($"owner {DataLoaderSchema.OwnerOf(id)}", detail.GetProperty("owner").GetProperty("name").GetString());
            }

            if (withNext)
            {
                var next = detail.GetProperty("next");
                if (id % 2 == 0)
                {
                    Assert.Equal(id + 1, next.GetProperty("id").GetInt32());
                    Assert.Equal(DataLoaderSchema.OwnerOf(id + 1), next.GetProperty("owner").GetProperty("id").GetInt32());
                }
                else
                {
                    Assert.Equal(JsonValueKind.Null, next.ValueKind);
                }
            }

            if (withTags)
            {
                Assert.Equal(id % 2 == 0 ? 2 : 0, items[i].GetProperty("tags").GetArrayLength());
            }
        }

        if (delay >= 0)
        {
            Assert.Equal(start, data.GetProperty("late").GetProperty("id").GetInt32());
        }
    }
}
