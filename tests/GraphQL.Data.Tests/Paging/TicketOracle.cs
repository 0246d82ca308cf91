using System.Linq.Expressions;
using KtPortal.GraphQL.Data.Tests.TestModel;

namespace KtPortal.GraphQL.Data.Tests.Paging;

/// <summary>
/// The brute-force order of tickets, written without the paging code: each key compared as PostgreSQL does
/// (C collation: ordinal text; enums stored as their names, or in declared order when the key says so; NULL greater
/// than every value), then the id.
/// </summary>
internal sealed class TicketOracle(IReadOnlyList<(string Key, bool Descending)> keys, IReadOnlyDictionary<int, string>? requesterNames = null) : IComparer<Ticket>
{
    // The enums also in declared order (SortKey.InDeclaredOrder), once through a nullable conversion.
    public static readonly string[] KeyNames =
    [
        "CreatedAt", "EstimatedMinutes", "Status", "Priority", "Title", "IsBillable", "ResolvedAt",
        DeclaredStatus, DeclaredPriority, DeclaredNullablePriority,
    ];

    private const string DeclaredStatus = "Status in declared order";
    private const string DeclaredPriority = "Priority in declared order";
    private const string DeclaredNullablePriority = "(Priority?) in declared order";

    public IReadOnlyList<(string Key, bool Descending)> Keys { get; } = keys;

    public IReadOnlyList<SortKey> SortKeys
        => [.. Keys.Select(k => new SortKey(Selector(k.Key), k.Descending) { InDeclaredOrder = k.Key.EndsWith(" in declared order", StringComparison.Ordinal) })];

    /// <summary>A random ordering of one to three keys; with <paramref name="requesterNames"/> also through the requester navigation.</summary>
    public static TicketOracle Random(Random random, IReadOnlyDictionary<int, string>? requesterNames = null)
    {
        var count = random.Next(1, 4);
        string[] candidates = requesterNames is null ? KeyNames : [.. KeyNames, "Requester.DisplayName"];
        var names = candidates.OrderBy(_ => random.Next()).Take(count);
        return new TicketOracle([.. names.Select(n => (n, random.Next(2) == 0))], requesterNames);
    }

    public int Compare(Ticket? x, Ticket? y)
    {
        foreach (var (key, descending) in Keys)
        {
            var result = CompareKey(key, x!, y!);
            if (result != 0)
            {
                return descending ? -result : result;
            }
        }

        return x!.Id.CompareTo(y!.Id);
    }

    public override string ToString() => string.Join(", ", Keys.Select(k => k.Key + (k.Descending ? " DESC" : " ASC")));

    private int CompareKey(string key, Ticket x, Ticket y) => key switch
    {
        "Requester.DisplayName" => string.CompareOrdinal(requesterNames![x.RequesterId], requesterNames[y.RequesterId]),
        "CreatedAt" => x.CreatedAt.UtcTicks.CompareTo(y.CreatedAt.UtcTicks),
        "EstimatedMinutes" => NullsGreatest(x.EstimatedMinutes, y.EstimatedMinutes),
        "Status" => string.CompareOrdinal(x.Status.ToString(), y.Status.ToString()),
        "Priority" => string.CompareOrdinal(x.Priority.ToString(), y.Priority.ToString()),
        DeclaredStatus => ((int)x.Status).CompareTo((int)y.Status),
        DeclaredPriority or DeclaredNullablePriority => ((int)x.Priority).CompareTo((int)y.Priority),
        "Title" => string.CompareOrdinal(x.Title, y.Title),
        "IsBillable" => x.IsBillable.CompareTo(y.IsBillable),
        "ResolvedAt" => NullsGreatest(x.ResolvedAt?.UtcTicks, y.ResolvedAt?.UtcTicks),
        _ => throw new ArgumentOutOfRangeException(nameof(key)),
    };

    private static int NullsGreatest<TValue>(TValue? x, TValue? y)
        where TValue : struct, IComparable<TValue>
        => (x, y) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => x.Value.CompareTo(y.Value),
        };

    private static LambdaExpression Selector(string key) => key switch
    {
        "CreatedAt" => (Expression<Func<Ticket, DateTimeOffset>>)(t => t.CreatedAt),
        "EstimatedMinutes" => (Expression<Func<Ticket, int?>>)(t => t.EstimatedMinutes),
        "Status" => (Expression<Func<Ticket, TicketStatus>>)(t => t.Status),
        "Priority" or DeclaredPriority => (Expression<Func<Ticket, TicketPriority>>)(t => t.Priority),
        DeclaredStatus => (Expression<Func<Ticket, TicketStatus>>)(t => t.Status),
        DeclaredNullablePriority => (Expression<Func<Ticket, TicketPriority?>>)(t => (TicketPriority?)t.Priority),
        "Title" => (Expression<Func<Ticket, string>>)(t => t.Title),
        "IsBillable" => (Expression<Func<Ticket, bool>>)(t => t.IsBillable),
        "ResolvedAt" => (Expression<Func<Ticket, DateTimeOffset?>>)(t => t.ResolvedAt),
        "Requester.DisplayName" => (Expression<Func<Ticket, string>>)(t => t.Requester!.DisplayName),
        _ => throw new ArgumentOutOfRangeException(nameof(key)),
    };
}
