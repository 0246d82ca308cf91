using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace KtPortal.GraphQL.Data.Paging;

/// <summary>Runs queries asynchronously on EF Core and synchronously on other providers (LINQ to objects).</summary>
internal static class QueryExecution
{
    public static async Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        if (query is not IAsyncEnumerable<T> async)
        {
            return [.. query];
        }

        var list = new List<T>();
        await foreach (var item in async.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            list.Add(item);
        }

        return list;
    }

    public static Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
        => query.Provider is IAsyncQueryProvider
            ? EntityFrameworkQueryableExtensions.CountAsync(query, cancellationToken)
            : Task.FromResult(query.Count());
}
