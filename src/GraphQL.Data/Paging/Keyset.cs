using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace KtPortal.GraphQL.Data.Paging;

/// <summary>
/// The keyset of an ordering: how to order rows by it, how to select the rows strictly after (or before) a cursor,
/// and the fingerprint that ties a cursor to the ordering it was made for.
/// </summary>
/// <remarks>
/// NULL orders as the greatest value, as PostgreSQL does by default: last ascending, first descending. The order
/// spells this out (<c>ORDER BY k IS NULL, k</c>) for keys that can be null, so that every provider (SQL Server
/// puts NULL first) and LINQ to objects agree with the predicate. Keys that cannot be null order plainly.
/// </remarks>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed class Keyset<T>
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    // Expression.Call by method name searches all of Queryable's methods on every call; an ordering is applied to
    // every page query, so the four ordering methods are looked up once per entity and key type instead.
    private static readonly ConcurrentDictionary<(bool First, bool Descending, Type Key), MethodInfo> OrderMethods = new();

    private const int MaxFingerprints = 1024;

    private static readonly ConcurrentDictionary<string, string> Fingerprints = new(StringComparer.Ordinal);

    private static int _fingerprintCount;

    // The keyset of each requested ordering, by the ordering's instance: the sorting middleware keeps an ordering
    // written in the document across requests, and with it its keyset. Held weakly, with the ordering.
    private static readonly ConditionalWeakTable<IReadOnlyList<SortKey>, Keyset<T>> BySorts = [];

    private static readonly object NoProjection = new();

    // The keyed projection of each projection (kept across requests like the ordering), with the extra selector it
    // was made with.
    private readonly ConditionalWeakTable<object, Tuple<LambdaExpression?, Expression<Func<T, KeyedRow<T>>>>> _keyed = [];

    private Func<object?[], string>? _encode;

    public Keyset(IReadOnlyList<SortKey> orderKeys)
    {
        if (EntityKey.Find(typeof(T)) is null)
        {
            throw new InvalidOperationException(
                $"{typeof(T).Name} has no key: mark one property [Key] or name it Id, so that cursors identify one row.");
        }

        Keys = [.. orderKeys.Select(KeysetKey.From)];
        Fingerprint = ComputeFingerprint(Keys);
    }

    /// <summary>The keys, the last one being the entity key.</summary>
    public IReadOnlyList<KeysetKey> Keys { get; }

    /// <summary>A short hash of the entity type and the keys with their directions.</summary>
    public string Fingerprint { get; }

    /// <summary>Encodes the cursor of a row's key values (see <see cref="CursorCodec"/>).</summary>
    public Func<object?[], string> Encode => _encode ??= values => CursorCodec.Encode(this, values);

    /// <summary>The keyset of <paramref name="query"/>'s ordering, made once per ordering instance.</summary>
    public static Keyset<T> Of(DataQuery<T> query) => BySorts.GetValue(query.Sorts, _ => new Keyset<T>(query.OrderKeys));

    /// <summary>
    /// <see cref="Keyed(Expression{Func{T, T}}?, LambdaExpression[])"/> with at most one extra selector, made once
    /// per projection instance (and kept while the same extra selector instance asks for it).
    /// </summary>
    public Expression<Func<T, KeyedRow<T>>> KeyedOnce(Expression<Func<T, T>>? projection, LambdaExpression? extra = null)
    {
        var key = (object?)projection ?? NoProjection;
        if (_keyed.TryGetValue(key, out var known) && ReferenceEquals(known.Item1, extra))
        {
            return known.Item2;
        }

        var keyed = extra is null ? Keyed(projection) : Keyed(projection, extra);
        _keyed.AddOrUpdate(key, Tuple.Create(extra, keyed));
        return keyed;
    }

    /// <summary>
    /// <c>e =&gt; new KeyedRow&lt;T&gt;(projection(e), new object[] { key1(e), ..., extra(e) })</c>: the rows with their
    /// key values, which providers read as columns of the same statement.
    /// </summary>
    public Expression<Func<T, KeyedRow<T>>> Keyed(Expression<Func<T, T>>? projection, params LambdaExpression[] extra)
    {
        var parameter = Expression.Parameter(typeof(T), "e");
        var values = Keys.Select(k => k.Selector).Concat(extra)
            .Select(selector => (Expression)Expression.Convert(ParameterReplacer.Replace(selector, parameter), typeof(object)));
        Expression entity = projection is null ? parameter : ParameterReplacer.Replace(projection, parameter);
        var constructor = typeof(KeyedRow<T>).GetConstructor([typeof(T), typeof(object[])])!;
        return Expression.Lambda<Func<T, KeyedRow<T>>>(
            Expression.New(constructor, entity, Expression.NewArrayInit(typeof(object), values)), parameter);
    }

    /// <summary>Orders <paramref name="query"/> by the keys, or by their reverse when <paramref name="forward"/> is false.</summary>
    public IQueryable<T> Order(IQueryable<T> query, bool forward)
        => query.Provider.CreateQuery<T>(Order(query.Expression, forward, thenBy: false));

    /// <summary>
    /// The expression <paramref name="source"/> (an <see cref="IQueryable{T}"/>) ordered by the keys; with
    /// <paramref name="thenBy"/> the keys follow an ordering <paramref name="source"/> has already.
    /// </summary>
    public Expression Order(Expression source, bool forward, bool thenBy)
    {
        var first = !thenBy;
        foreach (var key in Keys)
        {
            var descending = key.Descending != !forward;
            if (key.IsNullable)
            {
                var isNull = Expression.Lambda<Func<T, bool>>(
                    Expression.Equal(key.Selector.Body, Expression.Constant(null, key.Selector.ReturnType)), key.Selector.Parameters);
                source = Apply(source, isNull, descending, first);
                first = false;
            }

            source = Apply(source, key.Selector, descending, first);
            first = false;
        }

        return source;
    }

    /// <summary>
    /// The rows strictly after <paramref name="values"/> in the order (<paramref name="forward"/>), or strictly
    /// before it: <c>k1 &gt; v1 OR (k1 = v1 AND (k2 &gt; v2 OR (k2 = v2 AND ...)))</c>, each comparison turned
    /// for the key's direction and NULL placed as the greatest value.
    /// </summary>
    public Expression<Func<T, bool>> After(IReadOnlyList<object?> values, bool forward)
    {
        var parameter = Expression.Parameter(typeof(T), "e");
        Expression? predicate = null;
        for (var i = Keys.Count - 1; i >= 0; i--)
        {
            var key = Keys[i];
            var member = ParameterReplacer.Replace(key.Selector, parameter);
            var value = values[i];
            var descending = key.Descending != !forward;
            var parameterValue = value is null ? null : Parameter(value, member.Type);
            var beyond = Beyond(member, key, value, parameterValue, descending);
            if (predicate is null)
            {
                predicate = beyond;
                continue;
            }

            var equal = value is null
                ? Expression.Equal(member, Expression.Constant(null, member.Type))
                : Expression.Equal(member, parameterValue!);
            var tie = Expression.AndAlso(equal, predicate);
            predicate = beyond is null ? tie : Expression.OrElse(beyond, tie);
        }

        return Expression.Lambda<Func<T, bool>>(predicate ?? Expression.Constant(false), parameter);
    }

    /// <summary>The rows strictly beyond <paramref name="value"/> on one key, or null when there are none.</summary>
    private static Expression? Beyond(Expression member, KeysetKey key, object? value, Expression? parameter, bool descending)
    {
        if (value is null)
        {
            // NULL is the greatest value: nothing is greater; everything not null is smaller.
            return descending ? Expression.NotEqual(member, Expression.Constant(null, member.Type)) : null;
        }

        var comparison = Compare(member, value, parameter!, descending);
        if (!key.IsNullable || descending)
        {
            return comparison;
        }

        var isNull = Expression.Equal(member, Expression.Constant(null, member.Type));
        return comparison is null ? isNull : Expression.OrElse(comparison, isNull);
    }

    private static Expression? Compare(Expression member, object value, Expression parameter, bool lessThan)
    {
        var type = Nullable.GetUnderlyingType(member.Type) ?? member.Type;
        if (type == typeof(string))
        {
            // string.Compare(a, b) > 0 is how providers spell a string comparison (EF translates it to a > b).
            var call = Expression.Call(StringCompare, member, parameter);
            return lessThan ? Expression.LessThan(call, Expression.Constant(0)) : Expression.GreaterThan(call, Expression.Constant(0));
        }

        if (type == typeof(bool))
        {
            // false < true; the only value beyond one end is the other end.
            var beyond = !(bool)value;
            return beyond == lessThan ? null : Expression.Equal(member, Expression.Constant(beyond, member.Type));
        }

        if (type.IsEnum)
        {
            // The shape the C# compiler gives `t.Status > v`: EF compares the stored form (the name when the enum is
            // stored as text), LINQ to objects the number, each agreeing with its own ORDER BY.
            var underlying = Enum.GetUnderlyingType(type);
            var numberType = member.Type == type ? underlying : typeof(Nullable<>).MakeGenericType(underlying);
            var left = Expression.Convert(member, numberType);
            var right = Expression.Convert(parameter, numberType);
            return lessThan ? Expression.LessThan(left, right) : Expression.GreaterThan(left, right);
        }

        if (HasComparisonOperators(type))
        {
            return lessThan ? Expression.LessThan(member, parameter) : Expression.GreaterThan(member, parameter);
        }

        // Guid and other IComparable keys have no operators in expression trees; CompareTo is the shape providers translate.
        var compareTo = type.GetMethod(nameof(IComparable.CompareTo), [type])
            ?? throw new InvalidOperationException($"A keyset key of type {type.Name} cannot be compared.");
        var target = member.Type == type ? member : Expression.Convert(member, type);
        var comparison = Expression.Call(target, compareTo, Expression.Convert(parameter, type));
        return lessThan ? Expression.LessThan(comparison, Expression.Constant(0)) : Expression.GreaterThan(comparison, Expression.Constant(0));
    }

    private static bool HasComparisonOperators(Type type)
        => type.IsPrimitive && type != typeof(bool)
            || type == typeof(decimal)
            || (!type.IsEnum && type.GetMethod("op_GreaterThan", [type, type]) is not null);

    // A value read through a closure-like holder, so that providers send it as a parameter and cache one plan.
    private static Expression Parameter(object value, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        Expression read = Members.ValueHolders.Read(value, underlying);
        return read.Type == type ? read : Expression.Convert(read, type);
    }

    /// <summary>Applies OrderBy/ThenBy (descending or not) to a query expression.</summary>
    public static Expression Apply(Expression source, LambdaExpression selector, bool descending, bool first)
    {
        var method = OrderMethods.GetOrAdd((first, descending, selector.ReturnType), static key =>
        {
            var name = (key.First ? nameof(Queryable.OrderBy) : nameof(Queryable.ThenBy)) + (key.Descending ? "Descending" : string.Empty);
            return typeof(Queryable).GetMethods(BindingFlags.Public | BindingFlags.Static)
                .Single(m => m.Name == name && m.GetParameters().Length == 2)
                .MakeGenericMethod(typeof(T), key.Key);
        });
        return Expression.Call(method, source, Expression.Quote(selector));
    }

    private static string ComputeFingerprint(IReadOnlyList<KeysetKey> keys)
    {
        var text = new StringBuilder(typeof(T).FullName);
        foreach (var key in keys)
        {
            text.Append('|').Append(key.Path).Append(':').Append(key.ValueType.Name).Append(key.Descending ? ":d" : ":a");
        }

        // Every page query makes a keyset, so the hash of an ordering seen before is remembered. The orderings come
        // from the schema's sortable members, yet a client can combine them freely, so the memory is bounded.
        var described = text.ToString();
        if (Fingerprints.TryGetValue(described, out var known))
        {
            return known;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(described));
        var fingerprint = Convert.ToHexStringLower(hash.AsSpan(0, 4));
        // ConcurrentDictionary.Count takes every lock of the table, so the entries are counted here instead.
        if (Volatile.Read(ref _fingerprintCount) < MaxFingerprints && Fingerprints.TryAdd(described, fingerprint))
        {
            Interlocked.Increment(ref _fingerprintCount);
        }

        return fingerprint;
    }

    private sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        public static Expression Replace(LambdaExpression lambda, ParameterExpression parameter)
            => new ParameterReplacer(lambda.Parameters[0], parameter).Visit(lambda.Body);

        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
