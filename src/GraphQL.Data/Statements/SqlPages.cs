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
    /// <summary>One page: <paramref name="rows"/> is the whole chain, ending with its keyed projection.</summary>
    public static SqlPage<TRow>? Page<TRow>(IQueryable<TRow> rows)
    {
        if (StatementSource.For(rows.Provider) is not { } source || SqlQuery<TRow>.Translate(source, rows.Expression) is not { } query)
        {
            return null;
        }

        return new SqlPage<TRow>(query, query.Statement());
    }

    /// <summary>
    /// The pages of the parents <paramref name="keys"/>: <paramref name="perParent"/> builds one parent's page
    /// chain (ending with its keyed projection) around the parent's key, given as a free parameter of the key type.
    /// </summary>
    public static SqlPage<TRow>? Grouped<TRow, TKey>(IQueryProvider provider, Func<ParameterExpression, Expression> perParent, IReadOnlyCollection<TKey> keys)
    {
        if (StatementSource.For(provider) is not { } source)
        {
            return null;
        }

        var key = Expression.Parameter(typeof(TKey), "parent");
        if (SqlQuery<TRow>.Translate(source, perParent(key), key, "k.value") is not { } query || query.OuterMapping is not { } mapping)
        {
            return null;
        }

        var converter = mapping.Converter;
        var providerType = converter?.ProviderClrType ?? mapping.ClrType;
        providerType = Nullable.GetUnderlyingType(providerType) ?? providerType;
        var array = Members.Arrays.Create(providerType, keys.Count);
        var i = 0;
        foreach (var value in keys)
        {
            array.SetValue(converter is null ? value : converter.ConvertToProvider(value), i++);
        }

        return source.ArrayMapping(array.GetType(), mapping) is { } arrayMapping
            ? new SqlPage<TRow>(query, query.Lateral(array, arrayMapping))
            : null;
    }
}

/// <summary>A translated page statement, ready to run.</summary>
/// <typeparam name="TRow">The projected row.</typeparam>
internal sealed class SqlPage<TRow>(SqlQuery<TRow> query, SqlStatement statement)
{
    /// <summary>The statement.</summary>
    public SqlStatement Statement { get; } = statement;

    /// <summary>Runs the statement and reads its rows.</summary>
    public Task<List<TRow>> ReadAsync(CancellationToken cancellationToken) => query.ReadAsync(Statement, cancellationToken);
}
