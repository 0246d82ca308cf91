using System.Linq.Expressions;
using System.Reflection;

namespace KtPortal.GraphQL.Data.Paging;

/// <summary>
/// The <see cref="Queryable"/> operators the data middleware applies on every request, with their closed methods
/// looked up once per entity type. <see cref="Queryable"/>'s own extension methods close their generic method
/// definition (<c>MakeGenericMethod</c>) on every call; on the data benchmark's request, timestamps around them put
/// about 10 µs in the first of them. The expressions made here are the same as theirs.
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
internal static class QueryableOf<T>
{
    /// <summary><see cref="Queryable.Where{TSource}(IQueryable{TSource}, Expression{Func{TSource, bool}})"/>.</summary>
    public static readonly MethodInfo Where = new Func<IQueryable<T>, Expression<Func<T, bool>>, IQueryable<T>>(Queryable.Where).Method;

    /// <summary><see cref="Queryable.Take{TSource}(IQueryable{TSource}, int)"/>.</summary>
    public static readonly MethodInfo Take = new Func<IQueryable<T>, int, IQueryable<T>>(Queryable.Take).Method;

    /// <summary><see cref="Queryable.Select{TSource, TResult}(IQueryable{TSource}, Expression{Func{TSource, TResult}})"/> into keyed rows.</summary>
    public static readonly MethodInfo Select = new Func<IQueryable<T>, Expression<Func<T, KeyedRow<T>>>, IQueryable<KeyedRow<T>>>(Queryable.Select).Method;

    /// <summary><c>rows.Where(predicate)</c>.</summary>
    public static IQueryable<T> Filter(IQueryable<T> rows, Expression<Func<T, bool>> predicate)
        => rows.Provider.CreateQuery<T>(Expression.Call(null, Where, rows.Expression, Expression.Quote(predicate)));

    /// <summary><c>rows.Take(count)</c>.</summary>
    public static IQueryable<T> Limit(IQueryable<T> rows, int count)
        => rows.Provider.CreateQuery<T>(Expression.Call(null, Take, rows.Expression, Expression.Constant(count)));

    /// <summary><c>rows.Select(keyed)</c>.</summary>
    public static IQueryable<KeyedRow<T>> Keyed(IQueryable<T> rows, Expression<Func<T, KeyedRow<T>>> keyed)
        => rows.Provider.CreateQuery<KeyedRow<T>>(Expression.Call(null, Select, rows.Expression, Expression.Quote(keyed)));
}
