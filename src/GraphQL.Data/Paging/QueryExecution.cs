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

    public static Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        if (query is not IAsyncEnumerable<T> async)
        {
            return Task.FromResult<List<T>>([.. query]);
        }

        return InTurnAsync(query.Provider, async, static async (rows, token) =>
        {
            var list = new List<T>();
            await foreach (var item in rows.WithCancellation(token).ConfigureAwait(false))
            {
                list.Add(item);
            }

            return list;
        }, cancellationToken);
    }

    /// <summary>Runs a statement written by the data layer (<see cref="Statements.SqlPages"/>) in the context's turn.</summary>
    public static Task<List<T>> GatedAsync<T>(IQueryProvider provider, Statements.WrittenStatement<T> statement, CancellationToken cancellationToken)
        => InTurnAsync(provider, statement, static (written, token) => written.ReadAsync(token), cancellationToken);

    public static Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        if (query.Provider is not IAsyncQueryProvider)
        {
            return Task.FromResult(query.Count());
        }

        return InTurnAsync(query.Provider, query, static (rows, token) => EntityFrameworkQueryableExtensions.CountAsync(rows, token), cancellationToken);
    }

    // The context's turn: one statement of a context at a time.
    private static async Task<TResult> InTurnAsync<TState, TResult>(
        IQueryProvider provider, TState state, Func<TState, CancellationToken, Task<TResult>> run, CancellationToken cancellationToken)
    {
        var gate = Gates.GetValue(provider, static _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await run(state, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }
}
