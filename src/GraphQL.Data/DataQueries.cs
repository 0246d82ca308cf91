namespace KtPortal.GraphQL.Data;

/// <summary>Turns what a resolver returned into a <see cref="DataQuery{T}"/> the data middleware can shape.</summary>
public static class DataQueries
{
    /// <summary>
    /// <paramref name="result"/> as a query of <typeparamref name="T"/>: a <see cref="DataQuery{T}"/> as it is, an
    /// <see cref="IQueryable{T}"/> wrapped, an in-memory <see cref="IEnumerable{T}"/> wrapped as a LINQ-to-objects query;
    /// <see langword="null"/> stays <see langword="null"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The result is none of these.</exception>
    public static DataQuery<T>? From<T>(object? result) => result switch
    {
        null => null,
        DataQuery<T> query => query,
        IQueryable<T> queryable => new DataQuery<T>(queryable),
        IEnumerable<T> items => new DataQuery<T>(items.AsQueryable()),
        _ => throw new InvalidOperationException(
            $"A data field must resolve to IQueryable<{typeof(T).Name}> or IEnumerable<{typeof(T).Name}>, not {result.GetType().Name}."),
    };
}
