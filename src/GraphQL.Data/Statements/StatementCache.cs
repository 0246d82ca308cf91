using System.Collections;
using System.Collections.Concurrent;
using System.Data.Common;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace KtPortal.GraphQL.Data.Statements;

/// <summary>
/// The statements the data layer wrote, kept across requests by the shape of the query they were written from
/// (<see cref="StatementShape"/>), as EF Core keeps its compiled queries: a query of a shape seen before is not
/// translated again. Its statement's text and reader are reused, and its parameters are read from the new query's own
/// closures and value holders, so every request sends its own values.
/// </summary>
/// <remarks>
/// <para>A statement is kept with what its text assumed of each value it read (null or not, its type, whether a list
/// holds a null): a value of another kind, such as a null where the text compares with a parameter, gets a statement
/// of its own. A query whose translation read a value it cannot find again in another tree is not kept.</para>
/// <para>Statements are kept per model and type mapping source, at most <see cref="MaxShapes"/> shapes of
/// <see cref="MaxVariants"/> variants each; the cache is emptied when full, as the projection readers are.</para>
/// </remarks>
internal static class StatementCache
{
    /// <summary>The most shapes kept per model.</summary>
    public const int MaxShapes = 2048;

    /// <summary>The most statements kept per shape.</summary>
    public const int MaxVariants = 4;

    private const long PageKind = 1;

    private const long GroupedKind = 2;

    private const long CountKind = 3;

    private static readonly ConditionalWeakTable<IModel, ConditionalWeakTable<IRelationalTypeMappingSource, Statements>> Models = [];

    private static long s_hits;

    private static long s_misses;

    /// <summary>Queries answered from the cache since the process started.</summary>
    public static long Hits => Interlocked.Read(ref s_hits);

    /// <summary>Queries translated (a shape not kept, or kept with other values) since the process started.</summary>
    public static long Misses => Interlocked.Read(ref s_misses);

    /// <summary>One page: <paramref name="query"/> is the whole chain, ending with its keyed projection.</summary>
    public static WrittenStatement<TRow>? Page<TRow>(StatementSource source, Expression query)
        => Write(source, PageKind, typeof(TRow), keys: null, [query], shape => SqlQuery<TRow>.Translate(source, query, shape: shape) is { } translated
                ? Written(translated, translated.Statement())
                : null) is var (statement, read)
            ? new WrittenStatement<TRow>(source, statement, (Func<DbDataReader, TRow>)read!)
            : null;

    /// <summary>
    /// The pages of many parents: <paramref name="perParent"/> is one parent's page chain around
    /// <paramref name="parent"/>, <paramref name="parentKey"/> reads a row's parent key, and <paramref name="keys"/>
    /// are the parents' keys.
    /// </summary>
    public static WrittenStatement<TRow>? Grouped<TRow>(
        StatementSource source, Expression perParent, ParameterExpression parent, LambdaExpression parentKey, ICollection keys)
        => Write(source, GroupedKind, typeof(TRow), keys, [parent, perParent, parentKey], shape =>
                SqlQuery<TRow>.Translate(source, perParent, parent, SqlPages.ParentKeySql, shape) is { } translated
                && translated.Lateral(parentKey, keys) is { } lateral
                    ? Written(translated, lateral)
                    : null) is var (statement, read)
            ? new WrittenStatement<TRow>(source, statement, (Func<DbDataReader, TRow>)read!)
            : null;

    /// <summary><c>SELECT count(*)</c> of the rows of <paramref name="rows"/>.</summary>
    public static SqlStatement? Count<T>(StatementSource source, Expression rows)
        => Write(source, CountKind, typeof(T), keys: null, [rows], shape => SqlQuery<T>.TranslateRows(source, rows, shape) is { } translated
            ? Written(translated, translated.Count())
            : null)?.Statement;

    // The statement of the trees' shape: from the cache, with the trees' own values, or else translated (by
    // translate, with the shape when the trees have one) and kept when it can be. Null when it cannot be written.
    private static (SqlStatement Statement, Delegate? Read)? Write(
        StatementSource source, long kind, Type row, ICollection? keys, Expression[] trees, Func<StatementShape?, Translation?> translate)
    {
        var shape = new StatementShape();
        shape.Mark(kind, row);
        foreach (var tree in trees)
        {
            if (!shape.TryAdd(tree))
            {
                return translate(null) is { } unkept ? (unkept.Statement, unkept.Read) : null;
            }
        }

        var key = shape.Key;
        if (Find(source, key, shape.Nodes, keys) is var (cached, bound))
        {
            return (bound, cached.Read);
        }

        if (translate(shape) is not { } translated)
        {
            return null;
        }

        Keep(source, key, translated.Kept);
        return (translated.Statement, translated.Read);
    }

    private static Translation Written<TRow>(SqlQuery<TRow> query, SqlStatement statement) => new(statement, query.Cacheable(statement), query.Reader);

    // A statement just translated, what the cache keeps of it (null when it cannot), and its rows' reader.
    private sealed record Translation(SqlStatement Statement, CachedStatement? Kept, Delegate? Read);

    private static (CachedStatement Cached, SqlStatement Statement)? Find(StatementSource source, StatementKey key, List<Expression> nodes, ICollection? keys)
    {
        if (For(source).TryGetValue(key, out var variants))
        {
            foreach (var variant in variants)
            {
                if (variant.TryBind(nodes, keys) is { } statement)
                {
                    Interlocked.Increment(ref s_hits);
                    source.CountLookup(hit: true);
                    return (variant, statement);
                }
            }
        }

        Interlocked.Increment(ref s_misses);
        source.CountLookup(hit: false);
        return null;
    }

    private static void Keep(StatementSource source, StatementKey key, CachedStatement? cached)
    {
        if (cached is null)
        {
            return;
        }

        var statements = For(source);
        if (statements.Count >= MaxShapes)
        {
            statements.Clear();
        }

        statements.AddOrUpdate(
            key,
            static (_, added) => [added],
            static (_, known, added) => known.Length >= MaxVariants ? known : [.. known, added],
            cached);
    }

    private static Statements For(StatementSource source)
        => source.Statements ??= Models.GetValue(source.Context.Model, static _ => [])
            .GetValue(source.Mappings, static _ => new Statements());

    /// <summary>The statements of one model and type mapping source, by shape.</summary>
    internal sealed class Statements : ConcurrentDictionary<StatementKey, CachedStatement[]>
    {
    }
}

/// <summary>
/// A statement kept by the <see cref="StatementCache"/>: its text, its parameters' mappings and where each value is
/// read, and what the text assumed of each value.
/// </summary>
internal sealed class CachedStatement(string text, SqlParameter[] parameters, ParameterSource[] sources, Evaluation[] evaluations, int? limit, Delegate? read)
{
    /// <summary>The rows' reader (null for a count).</summary>
    public Delegate? Read => read;

    /// <summary>
    /// The statement with the values of the tree whose nodes are <paramref name="nodes"/> (and the parents'
    /// <paramref name="keys"/>), or null when a value is not of the kind this statement's text was written for.
    /// </summary>
    public SqlStatement? TryBind(List<Expression> nodes, ICollection? keys)
    {
        var values = evaluations.Length == 0 ? [] : new object?[evaluations.Length];
        for (var i = 0; i < evaluations.Length; i++)
        {
            var evaluation = evaluations[i];
            var node = nodes[evaluation.Node];
            if (evaluation.Others is { } others)
            {
                // The statement read one node that stood in several places; here they must be one node too.
                foreach (var other in others)
                {
                    if (!ReferenceEquals(nodes[other], node))
                    {
                        return null;
                    }
                }
            }

            var evaluated = SqlExpressions.Evaluate(node, out var value);
            if (evaluated != evaluation.Evaluated || (evaluated && (!ValueGuard.TryOf(value, out var guard) || guard != evaluation.Guard)))
            {
                return null;
            }

            values[i] = value;
        }

        var bound = new SqlParameter[parameters.Length];
        for (var i = 0; i < bound.Length; i++)
        {
            var source = sources[i];
            var value = source.Evaluation == ParameterSource.Keys ? keys : values[source.Evaluation];
            bound[i] = parameters[i] with { Value = source.Transform is { } transform ? transform(value) : value };
        }

        var maxRows = limit is not { } rows ? 0 : keys is null ? rows : (int)Math.Min((long)rows * keys.Count, int.MaxValue);
        return new SqlStatement(text, bound, maxRows);
    }
}

/// <summary>Where a parameter's value comes from.</summary>
/// <param name="Evaluation">The index of the evaluation that read it, or <see cref="Keys"/> or <see cref="Unknown"/>.</param>
/// <param name="Transform">What the parameter holds, made from the value read (a LIKE pattern, an array of the column's type).</param>
internal readonly record struct ParameterSource(int Evaluation, Func<object?, object?>? Transform = null)
{
    /// <summary>Not read from the query: a statement with such a parameter is not kept.</summary>
    public const int Unknown = -1;

    /// <summary>The keys of the parents of a statement for many parents.</summary>
    public const int Keys = -2;
}

/// <summary>A value the translation read: its node, the other places of that node, and what the text assumed of it.</summary>
/// <param name="Node">The node's place in the shape's walk.</param>
/// <param name="Others">The node's other places in the walk, when the tree holds it more than once.</param>
/// <param name="Evaluated">Whether it could be read.</param>
/// <param name="Guard">What was read.</param>
internal readonly record struct Evaluation(int Node, int[]? Others, bool Evaluated, ValueGuard Guard);

/// <summary>
/// What a statement's text may depend on in a value it reads: whether it is null, its type, and for a list whether
/// it holds a null (<c>IN</c> with a null also matches NULL).
/// </summary>
/// <param name="Type">The value's type; null for null.</param>
/// <param name="HasNull">For a list, whether it holds a null.</param>
internal readonly record struct ValueGuard(Type? Type, bool HasNull)
{
    /// <summary>The guard of <paramref name="value"/>; false for a sequence that is not a list, which is not read twice.</summary>
    public static bool TryOf(object? value, out ValueGuard guard)
    {
        switch (value)
        {
            case null:
                guard = default;
                return true;
            case string:
                guard = new ValueGuard(typeof(string), false);
                return true;
            case IList list:
                var hasNull = false;
                for (var i = 0; i < list.Count && !hasNull; i++)
                {
                    hasNull = list[i] is null;
                }

                guard = new ValueGuard(value.GetType(), hasNull);
                return true;
            case IEnumerable:
                guard = default;
                return false;
            default:
                guard = new ValueGuard(value.GetType(), false);
                return true;
        }
    }
}
