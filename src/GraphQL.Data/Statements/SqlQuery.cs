using System.Collections;
using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;

namespace KtPortal.GraphQL.Data.Statements;

/// <summary>
/// A page query written as one PostgreSQL statement, without EF Core's query pipeline: the chain the data
/// middleware builds (a table, <c>Where</c>, a <c>Select</c> into a node type, <c>OrderBy</c>/<c>ThenBy</c>,
/// <c>Take</c>, the keyed projection) translated here, and its rows read by a reader compiled once per projection
/// shape. <see cref="Translate"/> answers null for any chain it does not know, and the caller runs it through EF
/// Core.
/// </summary>
/// <typeparam name="TRow">The projected row.</typeparam>
internal sealed class SqlQuery<TRow>
{
    private const int MaxReaders = 2048;

    private static readonly ConcurrentDictionary<string, Func<DbDataReader, TRow>> Readers = new(StringComparer.Ordinal);

    private readonly SqlStatementState _state;

    private readonly SqlExpressions _sql;

    private readonly List<string> _where = [];

    private readonly List<SqlOrder> _order = [];

    private readonly List<string> _columns = [];

    private int? _limit;

    // The row expression before the projection (or the end of a chain without one): what a key selector reads.
    private Expression? _row;

    private Func<DbDataReader, TRow>? _read;

    private SqlQuery(SqlStatementState state, SqlExpressions sql)
    {
        _state = state;
        _sql = sql;
    }

    /// <summary>
    /// Translates <paramref name="query"/>, whose last call must be a <c>Select</c>; <paramref name="outer"/> (with
    /// <paramref name="outerSql"/>) is a value of an enclosing statement the query may compare with. With
    /// <paramref name="shape"/> (the walk of the same trees), it records how to read the statement's values from
    /// another tree of that shape (<see cref="Cacheable"/>).
    /// </summary>
    public static SqlQuery<TRow>? Translate(
        StatementSource source, Expression query, ParameterExpression? outer = null, string? outerSql = null, StatementShape? shape = null)
        => TranslateChain(source, query, outer, outerSql, rowsOnly: false, shape);

    /// <summary>
    /// Translates the filtering part of <paramref name="query"/> (a table, <c>Where</c>s and <c>Select</c>s, no
    /// <c>Take</c>), for counting its rows (<see cref="Count"/>, <see cref="CountByKey"/>).
    /// </summary>
    public static SqlQuery<TRow>? TranslateRows(StatementSource source, Expression query, StatementShape? shape = null)
        => TranslateChain(source, query, null, null, rowsOnly: true, shape);

    private static SqlQuery<TRow>? TranslateChain(
        StatementSource source, Expression query, ParameterExpression? outer, string? outerSql, bool rowsOnly, StatementShape? shape)
    {
        var calls = new List<MethodCallExpression>();
        var expression = query;
        while (expression is MethodCallExpression call)
        {
            calls.Add(call);
            expression = call.Arguments[0];
        }

        calls.Reverse();
        var state = new SqlStatementState(source, shape);
        // The plain root of a DbSet only: FromSql, table-valued functions and temporal queries derive from it.
        if (expression is not EntityQueryRootExpression root || root.GetType() != typeof(EntityQueryRootExpression) || calls.Count == 0
            || SqlScope.Table(state, root.EntityType, optional: false) is not { } table)
        {
            source.LogNotWritten(query);
            return null;
        }

        var sql = new SqlExpressions(new SqlScope(state, table));
        var row = Expression.Parameter(root.EntityType.ClrType, "row");
        sql.Bind(row, table);
        if (outer is not null)
        {
            sql.BindOuter(outer, outerSql!);
        }

        var result = new SqlQuery<TRow>(state, sql);
        try
        {
            if (result.Apply(calls, row, rowsOnly))
            {
                return result;
            }
        }
        catch (NotSupportedException)
        {
            // A member the row expression does not bind (Inliner).
        }

        source.LogNotWritten(query);
        return null;
    }

    /// <summary>The statement: the select alone.</summary>
    public SqlStatement Statement() => new(Select(named: false, rowNumber: false), _state.Parameters, _limit ?? 0);

    /// <summary>
    /// The statement for many parents: for each of <paramref name="keys"/> (the values of <paramref name="key"/>),
    /// this select with the outer value bound to the key, joined <c>LATERAL</c>, so each parent's rows are found by its
    /// own index scan and limited on their own. Rows come per key in the keys' order, and per key in the select's
    /// order. Null when the key is not a column.
    /// </summary>
    public SqlStatement? Lateral(LambdaExpression key, IEnumerable keys)
    {
        if (KeyColumn(key) is not { Mapping: var mapping } || _state.ArrayParameter(keys, mapping, ParameterSource.Keys, out _) is not { } parameter)
        {
            return null;
        }

        var outer = new StringBuilder("SELECT ");
        for (var i = 0; i < _columns.Count; i++)
        {
            outer.Append(i == 0 ? string.Empty : ", ").Append("s.c").Append(i.ToString(CultureInfo.InvariantCulture));
        }

        // Each key's rows in the select's order: by the same columns of the output when the order is of selected
        // columns (the keyset's always are), or else by a row number the select gives them.
        var order = OuterOrder();
        outer.Append("\nFROM unnest(").Append(parameter).Append(") WITH ORDINALITY AS k(value, ordinal)\nCROSS JOIN LATERAL (\n    ")
            .Append(Select(named: true, rowNumber: order is null, newline: "\n    ")).Append("\n) AS s\nORDER BY k.ordinal")
            .Append(order ?? ", s.rn");
        var maxRows = _limit is { } limit && keys is ICollection { Count: var count } ? (int)Math.Min((long)limit * count, int.MaxValue) : 0;
        return new SqlStatement(outer.ToString(), _state.Parameters, maxRows);
    }

    /// <summary><c>SELECT count(*)</c> of the rows (after <see cref="TranslateRows"/>).</summary>
    public SqlStatement Count() => new("SELECT count(*)::int" + FromWhere(), _state.Parameters);

    /// <summary>
    /// <c>SELECT key, count(*) ... GROUP BY key</c> for the rows whose <paramref name="key"/> is one of
    /// <paramref name="keys"/> (after <see cref="TranslateRows"/>), with the key column's mapping to read the keys
    /// back; null when the key is not a column.
    /// </summary>
    public (SqlStatement Statement, RelationalTypeMapping KeyMapping)? CountByKey(LambdaExpression key, IEnumerable keys)
    {
        if (KeyColumn(key) is not var (column, mapping) || _state.ArrayParameter(keys, mapping, ParameterSource.Keys, out _) is not { } parameter)
        {
            return null;
        }

        _where.Add(column + " = ANY (" + parameter + ")");
        return (new SqlStatement("SELECT " + column + ", count(*)::int" + FromWhere() + "\nGROUP BY " + column, _state.Parameters), mapping);
    }

    /// <summary>
    /// <paramref name="statement"/> (made by this query) as the <see cref="StatementCache"/> keeps it, or null when
    /// it was not translated for the cache or read a value it could not find again in another tree. The cache keeps
    /// no value of this request: every parameter is read again from the query that uses the statement next.
    /// </summary>
    public CachedStatement? Cacheable(SqlStatement statement)
        => _state.Replayable
            ? new CachedStatement(
                statement.Text, [.. statement.Parameters.Select(p => p with { Value = null })], [.. _state.Sources], [.. _state.Evaluations], _limit, _read)
            : null;

    /// <summary>The projection's reader (null for a translation of rows to count).</summary>
    public Func<DbDataReader, TRow>? Reader => _read;

    // The column a key selector over the query's rows reads, or null when it reads something else.
    private (string Column, RelationalTypeMapping Mapping)? KeyColumn(LambdaExpression key)
    {
        try
        {
            return _sql.Value(Inliner.Inline(key, _row!)) is { IsParameter: false, Row: null, Sql: { } column, Mapping: { } mapping } ? (column, mapping) : null;
        }
        catch (NotSupportedException)
        {
            // A member the row expression does not bind (Inliner).
            return null;
        }
    }

    private string? OuterOrder()
    {
        var order = new StringBuilder();
        foreach (var item in _order)
        {
            if (item.Column is not { } column || _columns.IndexOf(column) is var index && index < 0)
            {
                return null;
            }

            var output = "s.c" + index.ToString(CultureInfo.InvariantCulture);
            order.Append(", ").Append(item.IsNullTest ? "(" + output + " IS NULL)" : output).Append(item.Descending ? " DESC" : string.Empty);
        }

        return order.ToString();
    }

    private bool Apply(List<MethodCallExpression> calls, Expression current, bool rowsOnly)
    {
        for (var i = 0; i < calls.Count; i++)
        {
            var call = calls[i];
            var method = call.Method;
            if (method.DeclaringType == typeof(EntityFrameworkQueryableExtensions)
                && method.Name is nameof(EntityFrameworkQueryableExtensions.AsNoTracking) or nameof(EntityFrameworkQueryableExtensions.AsTracking)
                    or nameof(EntityFrameworkQueryableExtensions.AsNoTrackingWithIdentityResolution))
            {
                // Rows are read into projections, which EF Core does not track either.
                continue;
            }

            if (method.DeclaringType != typeof(Queryable))
            {
                return false;
            }

            switch (method.Name)
            {
                case nameof(Queryable.Where) when _limit is null && Lambda(call) is { } where:
                    if (_sql.Predicate(Inliner.Inline(where, current)) is not { } predicate)
                    {
                        return false;
                    }

                    _where.Add(predicate);
                    break;
                case nameof(Queryable.OrderBy) or nameof(Queryable.OrderByDescending) or nameof(Queryable.ThenBy) or nameof(Queryable.ThenByDescending)
                    when _limit is null && Lambda(call) is { } key:
                    if (method.Name is nameof(Queryable.OrderBy) or nameof(Queryable.OrderByDescending))
                    {
                        _order.Clear();
                    }

                    if (!OrderItem(Inliner.Inline(key, current), method.Name.EndsWith("Descending", StringComparison.Ordinal)))
                    {
                        return false;
                    }

                    break;
                case nameof(Queryable.Take) when !rowsOnly && _limit is null && call.Arguments[1] is ConstantExpression { Value: int limit }:
                    _limit = limit;
                    break;
                case nameof(Queryable.Select) when Lambda(call) is { } select:
                    var body = Inliner.Inline(select, current);
                    if (i == calls.Count - 1 && !rowsOnly)
                    {
                        _row = current;
                        return Project(body);
                    }

                    if (_limit is not null)
                    {
                        return false;
                    }

                    current = body;
                    break;
                default:
                    return false;
            }
        }

        // Rows to count: the chain ends with its rows, not a projection.
        _row = current;
        return rowsOnly;
    }

    private bool OrderItem(Expression key, bool descending)
    {
        if (key.Type == typeof(bool) && _sql.Predicate(key) is { } predicate)
        {
            if (predicate is "TRUE" or "FALSE")
            {
                // The same for every row (an IS NULL test of a column that cannot be null): nothing to order by,
                // and PostgreSQL refuses a constant in ORDER BY.
                return true;
            }

            var tested = key is BinaryExpression { NodeType: ExpressionType.Equal, Right: ConstantExpression { Value: null } } isNull
                && _sql.Value(isNull.Left) is { IsParameter: false, Row: null, Sql: { } column }
                    ? column
                    : null;
            _order.Add(new SqlOrder("(" + predicate + ")", descending, tested, IsNullTest: tested is not null));
            return true;
        }

        if (_sql.Value(key) is not { IsParameter: false, Row: null, Sql: { } value })
        {
            return false;
        }

        _order.Add(new SqlOrder(value, descending, value, IsNullTest: false));
        return true;
    }

    private bool Project(Expression body)
    {
        var reader = Expression.Parameter(typeof(DbDataReader), "reader");
        var projection = new ProjectionReader(_sql, reader, _columns, build: false);
        if (projection.Read(body) is null || body.Type != typeof(TRow))
        {
            return false;
        }

        var signature = projection.Signature;
        if (!Readers.TryGetValue(signature, out var compiled))
        {
            // The same walk again, building: the columns are found in the same order, so their ordinals hold.
            var read = new ProjectionReader(_sql, reader, _columns, build: true).Read(body)!;
            compiled = Expression.Lambda<Func<DbDataReader, TRow>>(read, reader).Compile();
            if (Readers.Count >= MaxReaders)
            {
                Readers.Clear();
            }

            Readers[signature] = compiled;
        }

        _read = compiled;
        return true;
    }

    // newline starts each clause: a lateral select indents its own.
    private string Select(bool named, bool rowNumber, string newline = "\n")
    {
        var text = new StringBuilder("SELECT ");
        for (var i = 0; i < _columns.Count; i++)
        {
            // A lateral select names its columns for the outer one; a page's are read by position.
            text.Append(i == 0 ? string.Empty : ", ").Append(_columns[i]);
            if (named)
            {
                text.Append(" AS c").Append(i.ToString(CultureInfo.InvariantCulture));
            }
        }

        var order = string.Join(", ", _order.Select(o => o.Descending ? o.Sql + " DESC" : o.Sql));
        if (rowNumber)
        {
            text.Append(", row_number() OVER (").Append(order.Length == 0 ? string.Empty : "ORDER BY " + order).Append(") AS rn");
        }

        text.Append(FromWhere(newline));
        if (order.Length > 0)
        {
            text.Append(newline).Append("ORDER BY ").Append(order);
        }

        if (_limit is { } limit)
        {
            text.Append(newline).Append("LIMIT ").Append(limit.ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private string FromWhere(string newline = "\n")
    {
        var root = _sql.Scope.Root;
        var text = new StringBuilder(newline).Append("FROM ").Append(SqlScope.Name(root)).Append(" AS ").Append(root.Alias).Append(_sql.Scope.Joins(newline));
        if (_where.Count > 0)
        {
            text.Append(newline).Append("WHERE ").AppendJoin(" AND ", _where);
        }

        return text.ToString();
    }

    // One ORDER BY item; Column is what a lateral join's outer select orders by instead (the item's column, or the
    // column an IS NULL item tests), null when the item is neither.
    private sealed record SqlOrder(string Sql, bool Descending, string? Column, bool IsNullTest);

    private static LambdaExpression? Lambda(MethodCallExpression call)
        => call.Arguments.Count == 2 && StripQuotes(call.Arguments[1]) is LambdaExpression { Parameters.Count: 1 } lambda ? lambda : null;

    private static Expression StripQuotes(Expression expression)
        => expression is UnaryExpression { NodeType: ExpressionType.Quote } quote ? quote.Operand : expression;
}

/// <summary>
/// Replaces a lambda's row by the row expression so far (the <c>Select</c> into a node type that came before), and
/// reads a member of a member-init as the expression bound to it: <c>n =&gt; n.Title</c> after
/// <c>t =&gt; new TicketNode { Title = t.Title }</c> is <c>t.Title</c>.
/// </summary>
internal sealed class Inliner : ExpressionVisitor
{
    private readonly ParameterExpression _parameter;

    private readonly Expression _replacement;

    private Inliner(ParameterExpression parameter, Expression replacement)
    {
        _parameter = parameter;
        _replacement = replacement;
    }

    /// <summary>The body of <paramref name="lambda"/> over <paramref name="row"/>.</summary>
    /// <exception cref="NotSupportedException">A member the row expression does not bind.</exception>
    public static Expression Inline(LambdaExpression lambda, Expression row)
        => lambda.Parameters[0] == row ? lambda.Body : new Inliner(lambda.Parameters[0], row).Visit(lambda.Body);

    /// <inheritdoc/>
    protected override Expression VisitParameter(ParameterExpression node) => node == _parameter ? _replacement : node;

    /// <inheritdoc/>
    protected override Expression VisitMember(MemberExpression node)
    {
        var inner = Visit(node.Expression);
        switch (inner)
        {
            case MemberInitExpression init:
                foreach (var binding in init.Bindings)
                {
                    if (SameMember(binding.Member, node.Member))
                    {
                        return binding is MemberAssignment assignment ? assignment.Expression : throw new NotSupportedException(node.Member.Name);
                    }
                }

                throw new NotSupportedException(node.Member.Name);
            case NewExpression { Members: { } members } created:
                for (var i = 0; i < members.Count; i++)
                {
                    if (SameMember(members[i], node.Member))
                    {
                        return created.Arguments[i];
                    }
                }

                throw new NotSupportedException(node.Member.Name);
        }

        return node.Update(inner);
    }

    private static bool SameMember(MemberInfo a, MemberInfo b)
        => a == b || (a.Name == b.Name && a.DeclaringType == b.DeclaringType && a.MetadataToken == b.MetadataToken);
}

/// <summary>
/// Turns a projection (member-inits, a keyed row's constructor and key array, optional references, and columns at
/// the leaves) into the select's columns and an expression that reads one row into it. A first walk
/// (<c>build: false</c>) only finds the columns and the signature that identifies the compiled reader; the
/// expression is built, and compiled, only for a signature not seen before.
/// </summary>
internal sealed class ProjectionReader(SqlExpressions sql, ParameterExpression reader, List<string> columns, bool build)
{
    private static readonly MethodInfo GetFieldValue = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetFieldValue))!;

    private static readonly MethodInfo IsDBNull = typeof(DbDataReader).GetMethod(nameof(DbDataReader.IsDBNull), [typeof(int)])!;

    private static readonly ConcurrentDictionary<Type, MethodInfo> GetFieldValues = new();

    private readonly StringBuilder _signature = new();

    /// <summary>What the compiled reader depends on: the shape, the leaves' ordinals, types and mappings.</summary>
    public string Signature => _signature.ToString();

    /// <summary>
    /// The reading expression (with <c>build: false</c>, <paramref name="expression"/> itself), or null when some part
    /// of the projection is not known here.
    /// </summary>
    public Expression? Read(Expression expression)
    {
        switch (expression)
        {
            case MemberInitExpression init when init.NewExpression.Arguments.Count == 0:
            {
                Type(init.Type, "{new ");
                var bindings = build ? new List<MemberBinding>(init.Bindings.Count) : null;
                foreach (var binding in init.Bindings)
                {
                    if (binding is not MemberAssignment assignment)
                    {
                        return null;
                    }

                    _signature.Append(' ').Append(binding.Member.MetadataToken).Append('=');
                    if (Read(assignment.Expression) is not { } value)
                    {
                        return null;
                    }

                    bindings?.Add(Expression.Bind(binding.Member, value));
                }

                _signature.Append('}');
                return bindings is null ? expression : Expression.MemberInit(init.NewExpression, bindings);
            }

            case NewExpression created when created.Constructor is not null:
            {
                Type(created.Type, "{ctor ");
                _signature.Append(' ').Append(created.Constructor.MetadataToken);
                if (!ReadAll(created.Arguments, out var arguments))
                {
                    return null;
                }

                _signature.Append('}');
                return arguments is null ? expression : Expression.New(created.Constructor, arguments);
            }

            case NewArrayExpression { NodeType: ExpressionType.NewArrayInit } array:
            {
                Type(array.Type, "{array ");
                if (!ReadAll(array.Expressions, out var items))
                {
                    return null;
                }

                _signature.Append('}');
                return items is null ? expression : Expression.NewArrayInit(array.Type.GetElementType()!, items);
            }

            case UnaryExpression { NodeType: ExpressionType.Convert } convert
                when convert.Type == typeof(object) || Nullable.GetUnderlyingType(convert.Type) == convert.Operand.Type:
            {
                Type(convert.Type, "(convert ");
                _signature.Append(')');
                return Read(convert.Operand) is not { } operand ? null : build ? Expression.Convert(operand, convert.Type) : expression;
            }

            case ConditionalExpression { Test: BinaryExpression { NodeType: ExpressionType.Equal, Right: ConstantExpression { Value: null } } test } conditional
                when conditional.IfTrue is ConstantExpression { Value: null }:
            {
                // reference == null ? null : new Reference { ... }: null when the joined row is missing.
                if (sql.Value(test.Left) is not { Row: not null, Sql: { } key })
                {
                    return null;
                }

                var ordinal = Column(key);
                _signature.Append("(optional ").Append(ordinal).Append(')');
                if (Read(conditional.IfFalse) is not { } present)
                {
                    return null;
                }

                return build
                    ? Expression.Condition(Expression.Call(reader, IsDBNull, Expression.Constant(ordinal)), conditional.IfTrue, present, conditional.Type)
                    : expression;
            }
        }

        return Leaf(expression);
    }

    // Reads every expression in turn; false when one cannot be read. The read expressions come back only when building.
    private bool ReadAll(IReadOnlyList<Expression> expressions, out Expression[]? read)
    {
        read = build ? new Expression[expressions.Count] : null;
        for (var i = 0; i < expressions.Count; i++)
        {
            if (Read(expressions[i]) is not { } item)
            {
                return false;
            }

            read?[i] = item;
        }

        return true;
    }

    private Expression? Leaf(Expression expression)
    {
        if (sql.Value(expression) is not { IsParameter: false, Row: null, Sql: { } text, Mapping: { } mapping } value)
        {
            return null;
        }

        var ordinal = Column(text);
        var converter = mapping.Converter;
        var providerType = SqlStatementState.ProviderType(mapping);
        _signature.Append("(column ").Append(ordinal).Append(' ').Append(providerType.TypeHandle.Value)
            .Append(' ').Append(converter is null ? 0 : RuntimeHelpers.GetHashCode(converter))
            .Append(' ').Append(expression.Type.TypeHandle.Value).Append(value.Nullable ? " null)" : ")");
        if (!build)
        {
            return expression;
        }

        var getFieldValue = GetFieldValues.GetOrAdd(providerType, static type => GetFieldValue.MakeGenericMethod(type));
        Expression read = Expression.Call(reader, getFieldValue, Expression.Constant(ordinal));
        if (converter is not null)
        {
            var fromProvider = converter.ConvertFromProviderExpression;
            var input = fromProvider.Parameters[0];
            read = ReplacingExpressionVisitor.Replace(input, input.Type == read.Type ? read : Expression.Convert(read, input.Type), fromProvider.Body);
        }

        if (read.Type != expression.Type)
        {
            read = Expression.Convert(read, expression.Type);
        }

        // A NULL read as a type that cannot hold it throws (as EF Core does), rather than becoming a default.
        var canHoldNull = !expression.Type.IsValueType || Nullable.GetUnderlyingType(expression.Type) is not null;
        return value.Nullable && canHoldNull
            ? Expression.Condition(Expression.Call(reader, IsDBNull, Expression.Constant(ordinal)), Expression.Default(expression.Type), read)
            : read;
    }

    private void Type(Type type, string kind) => _signature.Append(kind).Append(type.TypeHandle.Value);

    // A column read twice (a key both projected and in the cursor) is selected once.
    private int Column(string text)
    {
        var known = columns.IndexOf(text);
        if (known >= 0)
        {
            return known;
        }

        columns.Add(text);
        return columns.Count - 1;
    }
}
