using System.Runtime.CompilerServices;
using KtPortal.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;

namespace KtPortal.GraphQL.Data.Paging;

/// <summary>
/// Runs queries asynchronously on EF Core and synchronously on other providers (LINQ to objects). The statements
/// of one <see cref="DbContext"/> run one at a time: sibling fields and DataLoader batches of a level run
/// concurrently, and a context allows one operation at a time. EF Core gives each context its own query
/// provider, so the provider stands for the context.
/// </summary>
/// <remarks>
/// A field's middleware can also ask (<see cref="Hold"/>) that the context's connection, once its next statement
/// opens it, stay open until the execution ends, instead of being opened and closed by EF Core around every
/// statement. The statements of one execution then share one connection: one rent from the pool, one session
/// reset (Npgsql sends <c>DISCARD ALL</c> before the first statement on a connection given back to the pool), and
/// one run of the connection interceptors.
/// </remarks>
internal static class QueryExecution
{
    private static readonly ConditionalWeakTable<IQueryProvider, Turn> Turns = [];

    /// <summary>
    /// Keeps the connection of the context behind <paramref name="provider"/> open from its next statement until
    /// the execution of <paramref name="context"/> ends (<see cref="IResolverContext.RegisterForCleanup"/>). Only
    /// for the contexts whose statements the data layer writes (<see cref="Statements.StatementSource"/>); other
    /// providers are left as they are. Asking again while a hold is pending or open does nothing, so any number of
    /// fields of an execution may ask.
    /// </summary>
    public static void Hold(IResolverContext context, IQueryProvider provider)
    {
        if (provider is IAsyncQueryProvider && Turns.GetValue(provider, static p => new Turn(p)) is { Connection: not null } turn)
        {
            turn.Hold(context);
        }
    }

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
        var turn = Turns.GetValue(provider, static p => new Turn(p));
        await turn.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await turn.OpenIfHeldAsync(cancellationToken).ConfigureAwait(false);
            return await run(state, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            turn.Gate.Release();
        }
    }

    /// <summary>One context's gate, and the hold of its connection.</summary>
    private sealed class Turn
    {
        private const int Free = 0;
        private const int Asked = 1;
        private const int Open = 2;

        private readonly Func<ValueTask> _release;

        // Free, Asked (an execution's cleanup will release it; the next statement opens the connection) or Open.
        private int _state;

        public Turn(IQueryProvider provider)
        {
            Connection = Statements.StatementSource.For(provider)?.Connection;
            _release = ReleaseAsync;
        }

        public SemaphoreSlim Gate { get; } = new(1, 1);

        /// <summary>The connection, on a context whose statements the data layer writes; otherwise null.</summary>
        public IRelationalConnection? Connection { get; }

        public void Hold(IResolverContext context)
        {
            if (Volatile.Read(ref _state) == Free && Interlocked.CompareExchange(ref _state, Asked, Free) == Free)
            {
                context.RegisterForCleanup(_release);
            }
        }

        // In the turn. EF Core counts the opens of a connection and closes it only when every open is closed, so
        // this open keeps it open across the statements that EF Core opens and closes themselves.
        public async ValueTask OpenIfHeldAsync(CancellationToken cancellationToken)
        {
            if (Volatile.Read(ref _state) == Asked)
            {
                await Connection!.OpenAsync(cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref _state, Open);
            }
        }

        // The execution's cleanup: in the turn, so after any statement still running on the connection.
        private async ValueTask ReleaseAsync()
        {
            await Gate.WaitAsync().ConfigureAwait(false);
            try
            {
                if (Interlocked.Exchange(ref _state, Free) == Open)
                {
                    await Connection!.CloseAsync().ConfigureAwait(false);
                }
            }
            finally
            {
                Gate.Release();
            }
        }
    }
}
