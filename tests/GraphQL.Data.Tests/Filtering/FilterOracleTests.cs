using System.Globalization;
using KtPortal.GraphQL.Data.Tests.TestModel;

namespace KtPortal.GraphQL.Data.Tests.Filtering;

/// <summary>
/// Property-based: random filters and sorts, run as GraphQL requests against PostgreSQL, must return exactly
/// the ids (in exactly the order) the <see cref="FilterOracle"/> computes over the same data in memory. Each case
/// has its own seed, printed on failure; set KTPORTAL_ORACLE_SEED to explore other seeds. Every case runs twice:
/// on <c>tickets</c>, whole entities through EF Core, and on <c>projectedTickets</c>, which the data layer writes
/// as SQL itself (and must, for every case: none may fall back to EF Core).
/// </summary>
public sealed class FilterOracleTests(DeskDatabase database) : IClassFixture<DeskDatabase>
{
    private const int Cases = 240;

    private static readonly int BaseSeed = int.TryParse(Environment.GetEnvironmentVariable("KTPORTAL_ORACLE_SEED"), CultureInfo.InvariantCulture, out var seed)
        ? seed
        : 20_261_206;

    [Fact]
    public async Task Random_filters_and_sorts_return_what_the_oracle_computes()
    {
        var model = new DeskModel(database.Data);
        var oracle = new FilterOracle(model);
        var graph = new DeskGraph(database);
        var matched = new List<int>();
        database.Log.Reset();

        for (var i = 0; i < Cases; i++)
        {
            var caseSeed = BaseSeed + i;
            var inputs = new RandomInputs(model, new Random(caseSeed));
            var where = i % 8 == 7 ? null : inputs.Filter("Ticket");
            var order = i % 3 == 0 ? null : inputs.Order("Ticket");
            var expected = oracle.Run("Ticket", where, order, t => ((Ticket)t).Id);

            // Half the cases pass the inputs as literals, half as variables.
            foreach (var field in (string[])["tickets", "projectedTickets"])
            {
                IReadOnlyList<int> actual;
                string request;
                if (i % 2 == 0)
                {
                    request = Arguments(("where", where), ("order", order));
                    actual = await graph.TicketIdsAsync(field, request);
                }
                else
                {
                    request = "where: $where, order: $order";
                    actual = await graph.TicketIdsAsync(
                        field,
                        request,
                        new Dictionary<string, object?> { ["where"] = GraphQLLiterals.ToVariable(where), ["order"] = GraphQLLiterals.ToVariable(order) },
                        "($where: TicketFilterInput, $order: [TicketSortInput!])");
                    request += $" with where = {GraphQLLiterals.Print(where)}, order = {GraphQLLiterals.Print(order)}";
                }

                if (!expected.SequenceEqual(actual))
                {
                    var at = expected.Zip(actual).TakeWhile(p => p.First == p.Second).Count();
                    Assert.Fail(
                        $"Case {i} (seed {caseSeed}): {field}({request}) returned {actual.Count} ids, the oracle {expected.Count}; " +
                        $"they differ first at position {at}: {(at < actual.Count ? actual[at] : "end")} instead of {(at < expected.Count ? expected[at] : "end")}.");
                }

                if (field == "projectedTickets" && database.Log.NotWritten is [var notWritten, ..])
                {
                    Assert.Fail($"Case {i} (seed {caseSeed}): {field}({request}) was not written as SQL: {notWritten}");
                }
            }

            matched.Add(expected.Count);
        }

        // The generator must produce informative cases: some match nothing, some a few, some many.
        Assert.Contains(matched, count => count == 0);
        Assert.Contains(matched, count => count is > 0 and < 100);
        Assert.Contains(matched, count => count is >= 100 and < 10_000);
        Assert.True(matched.Count(count => count == 10_000) < Cases / 2, "Too many cases match every ticket.");
    }

    private static string Arguments(params (string Name, object? Value)[] arguments)
        => string.Join(", ", arguments.Where(a => a.Value is not null).Select(a => $"{a.Name}: {GraphQLLiterals.Print(a.Value)}"));
}
