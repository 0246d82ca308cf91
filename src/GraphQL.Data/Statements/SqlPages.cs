using System.Collections;
using System.Data.Common;
using System.Linq.Expressions;

namespace KtPortal.GraphQL.Data.Statements;

/// <summary>
/// The page statements written here rather than by EF Core (<see cref="Paging.PagingOptions.WriteStatements"/>):
/// one page, and the pages of many parents as a <c>LATERAL</c> join. Each answers null when the query is not on a
/// PostgreSQL context or has a part <see cref="SqlQuery{TRow}"/> does not know; the caller then runs it through EF
/// Core.
/// </summary>
internal static class SqlPages
{
    /// <summary>How a statement for many parents names the parent's key in each parent's select.</summary>
    public const string ParentKeySql = "k.value";

    /// <summary>One page: <paramref name="rows"/> is the whole chain, ending with its keyed projection.</summary>
    public static WrittenStatement<TRow>? Page<TRow>(IQueryable<TRow> rows)
        => StatementSource.For(rows.Provider) is { } source ? StatementCache.Page<TRow>(source, rows.Expression) : null;

    /// <summary>
    /// The pages of the parents <paramref name="keys"/>: <paramref name="perParent"/> builds one parent's page chain
    /// (ending with its keyed projection) around the parent's key, given as a free parameter of the key type, and
    /// <paramref name="parentKey"/> reads that key from a row.
    /// </summary>
    public static WrittenStatement<TRow>? Grouped<TRow, TKey>(
        IQueryProvider provider, Func<ParameterExpression, Expression> perParent, LambdaExpression parentKey, IReadOnlyCollection<TKey> keys)
    {
        var key = Expression.Parameter(typeof(TKey), "parent");
        return StatementSource.For(provider) is { } source
            ? StatementCache.Grouped<TRow>(source, perParent(key), key, parentKey, keys as ICollection ?? keys.ToArray())
            : null;
    }

    /// <summary><c>totalCount</c> of one page: the rows of <paramref name="rows"/> (filters, no order) counted.</summary>
    public static WrittenStatement<int>? Count<T>(IQueryable<T> rows)
    {
        if (StatementSource.For(rows.Provider) is not { } source || StatementCache.Count<T>(source, rows.Expression) is not { } count)
        {
            return null;
        }

        return new WrittenStatement<int>(source, count, static reader => reader.GetInt32(0));
    }

    /// <summary>
    /// <c>totalCount</c> of many parents' pages: the rows of <paramref name="rows"/> whose <paramref name="parentKey"/>
    /// is one of <paramref name="keys"/>, counted per key.
    /// </summary>
    public static WrittenStatement<KeyValuePair<TKey, int>>? CountByKey<T, TKey>(IQueryable<T> rows, Expression<Func<T, TKey>> parentKey, IReadOnlyCollection<TKey> keys)
    {
        if (StatementSource.For(rows.Provider) is not { } source || SqlQuery<T>.TranslateRows(source, rows.Expression) is not { } query
            || query.CountByKey(parentKey, keys) is not var (statement, mapping))
        {
            return null;
        }

        var converter = mapping.Converter;
        return new WrittenStatement<KeyValuePair<TKey, int>>(source, statement, reader =>
        {
            var key = reader.GetValue(0);
            return new KeyValuePair<TKey, int>((TKey)(converter is null ? key : converter.ConvertFromProvider(key))!, reader.GetInt32(1));
        });
    }
}

/// <summary>A statement written here, ready to run, and how to read one of its rows.</summary>
/// <typeparam name="TRow">What a row is read into.</typeparam>
internal sealed class WrittenStatement<TRow>(StatementSource source, SqlStatement statement, Func<DbDataReader, TRow> read)
{
    /// <summary>The statement.</summary>
    public SqlStatement Statement { get; } = statement;

    /// <summary>Runs the statement and reads its rows.</summary>
    public Task<List<TRow>> ReadAsync(CancellationToken cancellationToken) => source.ReadAsync(Statement, read, cancellationToken);
}
