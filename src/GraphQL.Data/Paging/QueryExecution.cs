using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace KtPortal.GraphQL.Data.Paging;

/// <summary>
/// Runs queries asynchronously on EF Core and synchronously on other providers (LINQ to objects). The statements
/// of one <see cref="DbContext"/> run one at a time: sibling fields and DataLoader batches of a level run
/// concurrently, and a context allows one operation at a time. EF Core gives each context its own query
/// provider, so the provider stands for the context.
/// </summary>
internal static class QueryExecution
{
    private static readonly ConditionalWeakTable<IQueryProvider, SemaphoreSlim> Gates = [];

    public static async Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        if (query is not IAsyncEnumerable<T> async)
        {
            return [.. query];
        }

        var gate = Gates.GetValue(query.Provider, static _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var list = new List<T>();
            await foreach (var item in async.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                list.Add(item);
            }

            return list;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Runs a statement written by the data layer (<see cref="Statements.SqlPages"/>) in the context's turn.</summary>
    public static async Task<List<T>> GatedAsync<T>(IQueryProvider provider, Statements.SqlPage<T> page, CancellationToken cancellationToken)
    {
        var gate = Gates.GetValue(provider, static _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await page.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    public static async Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        if (query.Provider is not IAsyncQueryProvider)
        {
            return query.Count();
        }

        var gate = Gates.GetValue(query.Provider, static _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await EntityFrameworkQueryableExtensions.CountAsync(query, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }
}
