using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace KtPortal.GraphQL.Data.Statements;

/// <summary>A value in SQL: a column, a function of one, a parameter not yet written, or a row of a table.</summary>
internal sealed class SqlValue
{
    /// <summary>The SQL text; null for a parameter, which is written once the mapping of what it meets is known.</summary>
    public string? Sql { get; init; }

    /// <summary>Whether the value can be NULL.</summary>
    public bool Nullable { get; init; }

    /// <summary>How the column's values are converted and written (null for a parameter).</summary>
    public RelationalTypeMapping? Mapping { get; init; }

    /// <summary>For a parameter: its value, evaluated from the expression.</summary>
    public object? Value { get; init; }

    /// <summary>Whether this is a parameter.</summary>
    public bool IsParameter { get; init; }

    /// <summary>
    /// For a parameter: whether it is a constant of the query's own text (an enum member the code names), written as a
    /// literal as EF Core writes such constants, so that the same expression always gives the same SQL.
    /// </summary>
    public bool IsLiteral { get; init; }

    /// <summary>For a reference navigation: the joined table of its row.</summary>
    public SqlTable? Row { get; init; }

    /// <summary>For a parameter: the record of its evaluation (<see cref="SqlStatementState.Evaluate"/>), or -1.</summary>
    public int Evaluation { get; init; } = -1;
}

/// <summary>
/// Translates the expressions of a data query (predicates, orderings and projected members over the rows of a
/// <see cref="SqlScope"/>) to PostgreSQL. Whatever it does not know it refuses (null), and the caller runs the query
/// through EF Core instead; it never guesses.
/// </summary>
/// <remarks>
/// <para>Predicates keep C#'s meaning of null, as EF Core does: every predicate written here is TRUE or FALSE, never
/// NULL, so <c>NOT</c> of it is the C# negation. A comparison that may meet NULL says so
/// (<c>(a &lt; @p AND a IS NOT NULL)</c>), <c>==</c> of two nullable values is true when both are null, and a parameter
/// whose value is null becomes <c>IS NULL</c>.</para>
/// <para>Values read from the query's closures (the middleware's value holders, a resolver's captured ids) are sent
/// as parameters with the type mapping of the column they meet, so EF Core's value converters apply.</para>
/// </remarks>
internal sealed class SqlExpressions(SqlScope scope)
{
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo StringEndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;
    private static readonly MethodInfo StringToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
    private static readonly MethodInfo StringToUpper = typeof(string).GetMethod(nameof(string.ToUpper), Type.EmptyTypes)!;
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    private readonly Dictionary<ParameterExpression, SqlTable> _rows = [];

    private readonly Dictionary<ParameterExpression, SqlValue> _outer = [];

    public SqlScope Scope { get; } = scope;


    private SqlStatementState State => Scope.State;

    /// <summary>Binds <paramref name="parameter"/> (a lambda's row) to <paramref name="table"/>.</summary>
    public void Bind(ParameterExpression parameter, SqlTable table) => _rows[parameter] = table;

    /// <summary>Binds <paramref name="parameter"/> to a value of the enclosing statement (<c>k.value</c> of a lateral join).</summary>
    public void BindOuter(ParameterExpression parameter, string sql) => _outer[parameter] = new SqlValue { Sql = sql, Nullable = false };

    /// <summary>A predicate that is TRUE or FALSE, never NULL; null when it cannot be written.</summary>
    public string? Predicate(Expression expression)
    {
        switch (expression)
        {
            case BinaryExpression { NodeType: ExpressionType.AndAlso } and:
                return Pair(Predicate(and.Left), "AND", Predicate(and.Right));
            case BinaryExpression { NodeType: ExpressionType.OrElse } or:
                return Pair(Predicate(or.Left), "OR", Predicate(or.Right));
            case UnaryExpression { NodeType: ExpressionType.Not, Type: var type } not when type == typeof(bool):
                return Predicate(not.Operand) is { } inner ? "NOT (" + inner + ")" : null;
            case BinaryExpression binary when IsComparison(binary.NodeType):
                return Comparison(binary);
            case MethodCallExpression call:
                return Call(call);
            case ConstantExpression { Value: bool constant }:
                return constant ? "TRUE" : "FALSE";
            case UnaryExpression { NodeType: ExpressionType.Convert } convert when convert.Type == typeof(bool) && convert.Operand.Type == typeof(bool):
                return Predicate(convert.Operand);
        }

        if (expression.Type == typeof(bool) && Value(expression) is { IsParameter: false, Nullable: false, Sql: { } column })
        {
            return column;
        }

        return null;
    }

    /// <summary>A value; null when it cannot be written.</summary>
    public SqlValue? Value(Expression expression)
    {
        switch (expression)
        {
            case UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert when IsLifting(convert.Operand.Type, convert.Type):
                return Value(convert.Operand);
            case ParameterExpression parameter when _outer.TryGetValue(parameter, out var outer):
                return outer;
            case ParameterExpression parameter when _rows.TryGetValue(parameter, out var row):
                return new SqlValue { Row = row, Sql = row.Column(row.Entity.FindPrimaryKey()!.Properties[0]), Nullable = row.Optional };
            case MemberExpression member when Root(member) is ParameterExpression:
                return Member(member);
            case MethodCallExpression call when (call.Method == StringToLower || call.Method == StringToUpper) && Value(call.Object!) is { IsParameter: false, Sql: { } text } inner
                && inner.Mapping?.Converter is null:
                return new SqlValue
                {
                    Sql = (call.Method == StringToLower ? "lower(" : "upper(") + text + ")",
                    Nullable = inner.Nullable,
                    Mapping = inner.Mapping,
                };
            case ConditionalExpression conditional when IsNullConstant(conditional.IfTrue) && IsNavigationNullTest(conditional.Test):
                // nav == null ? null : nav.Member: the join gives NULL for a missing row already.
                return Value(conditional.IfFalse) is { IsParameter: false } value ? new SqlValue { Sql = value.Sql, Nullable = true, Mapping = value.Mapping, Row = value.Row } : null;
            case ConditionalExpression { IfTrue: ConstantExpression { Value: int } } conditional when conditional.Type == typeof(int) || conditional.Type == typeof(int?):
                return Case(conditional);
        }

        var evaluation = State.Evaluate(expression, out var evaluated, out var result);
        return evaluated
            ? new SqlValue
            {
                IsParameter = true,
                IsLiteral = expression is ConstantExpression && EnumOrder.IsEnum(expression.Type),
                Value = result,
                Nullable = result is null,
                Evaluation = evaluation,
            }
            : null;
    }

    // test1 ? 1 : test2 ? 2 : ... : n, each branch a whole number or null (an enum's rank, SortKey.InDeclaredOrder):
    // CASE WHEN test1 THEN 1 WHEN test2 THEN 2 ... ELSE n END. Each test is TRUE or FALSE, as C# reads it.
    private SqlValue? Case(ConditionalExpression conditional)
    {
        var text = new StringBuilder("CASE");
        var nullable = false;
        Expression current = conditional;
        while (current is ConditionalExpression branch)
        {
            if (Predicate(branch.Test) is not { } test || Literal(branch.IfTrue, ref nullable) is not { } then)
            {
                return null;
            }

            text.Append(" WHEN ").Append(test).Append(" THEN ").Append(then);
            current = branch.IfFalse;
        }

        if (Literal(current, ref nullable) is not { } otherwise)
        {
            return null;
        }

        return new SqlValue
        {
            Sql = text.Append(" ELSE ").Append(otherwise).Append(" END").ToString(),
            Nullable = nullable,
            Mapping = State.Source.Mappings.FindMapping(typeof(int)),
        };
    }

    private static string? Literal(Expression expression, ref bool nullable)
    {
        switch (expression)
        {
            case ConstantExpression { Value: int number }:
                return number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            case ConstantExpression { Value: null }:
                nullable = true;
                return "NULL";
            default:
                return null;
        }
    }

    /// <summary>Writes a parameter with the mapping of the value it meets.</summary>
    public string? Write(SqlValue value, RelationalTypeMapping? mapping)
    {
        if (!value.IsParameter)
        {
            return value.Sql;
        }

        if (mapping is null)
        {
            return null;
        }

        // The mapping's converter turns the value into the column's (an enum stored as text becomes its name).
        return value.IsLiteral ? mapping.GenerateSqlLiteral(value.Value) : State.Parameter(value.Value, mapping, new ParameterSource(value.Evaluation));
    }

    /// <summary>Evaluates a closure read (constants, fields and properties of them, conversions); false for anything else.</summary>
    public static bool Evaluate(Expression expression, out object? value)
    {
        switch (expression)
        {
            case ConstantExpression constant:
                value = constant.Value;
                return true;
            case MemberExpression { Member: FieldInfo field, Expression: null }:
                value = field.GetValue(null);
                return true;
            case MemberExpression { Member: FieldInfo field, Expression: { } owner }:
                return Read(owner, field.GetValue, out value);

            // Not a static property: DateTime.UtcNow and its kind are the database's time in EF Core (now()), not ours.
            case MemberExpression { Member: PropertyInfo property, Expression: { } owner } when property.GetIndexParameters().Length == 0:
                return Read(owner, property.GetValue, out value);
            case UnaryExpression { NodeType: ExpressionType.Convert } convert when IsLifting(convert.Operand.Type, convert.Type) && Evaluate(convert.Operand, out var operand):
                value = operand;
                return true;
        }

        value = null;
        return false;
    }

    // A member of a value read from a closure; false when the owner cannot be read or is null.
    private static bool Read(Expression owner, Func<object?, object?> member, out object? value)
    {
        if (!Evaluate(owner, out var instance) || instance is null)
        {
            value = null;
            return false;
        }

        value = member(instance);
        return true;
    }

    private string? Comparison(BinaryExpression binary)
    {
        // string.Compare(a, b) > 0 is how the keyset writes a > b for strings.
        if (binary.Left is MethodCallExpression { Method: var compare } call && compare == StringCompare
            && binary.Right is ConstantExpression { Value: 0 })
        {
            return Compare(call.Arguments[0], binary.NodeType, call.Arguments[1]);
        }

        // a.CompareTo(b) > 0, the keyset's shape for Guid and other keys without operators.
        if (binary.Left is MethodCallExpression { Method.Name: nameof(IComparable.CompareTo), Object: { } subject, Arguments: [var other] }
            && binary.Right is ConstantExpression { Value: 0 })
        {
            return Compare(subject, binary.NodeType, other);
        }

        // (int)t.Status > (int)v, the C# compiler's shape of an enum comparison: EF Core compares the stored form (the
        // name, for an enum stored as text), and so does this.
        if (EnumOperand(binary.Left) is { } left && EnumOperand(binary.Right) is { } right
            && (System.Nullable.GetUnderlyingType(left.Type) ?? left.Type) == (System.Nullable.GetUnderlyingType(right.Type) ?? right.Type))
        {
            return Compare(left, binary.NodeType, right);
        }

        return Compare(binary.Left, binary.NodeType, binary.Right);
    }

    private string? Compare(Expression leftExpression, ExpressionType operation, Expression rightExpression)
    {
        // (object)a == (object)b compares references in C#: no column comparison means that.
        if (leftExpression.Type == typeof(object) || rightExpression.Type == typeof(object))
        {
            return null;
        }

        if (Value(leftExpression) is not { } left || Value(rightExpression) is not { } right || (left.IsParameter && right.IsParameter))
        {
            return null;
        }

        if (left.Row is not null || right.Row is not null)
        {
            // A reference compared with null: its row is missing.
            var row = left.Row is not null ? left : right;
            var other = left.Row is not null ? right : left;
            if (!other.IsParameter || other.Value is not null || operation is not (ExpressionType.Equal or ExpressionType.NotEqual))
            {
                return null;
            }

            return row.Sql + (operation == ExpressionType.Equal ? " IS NULL" : " IS NOT NULL");
        }

        var mapping = left.Mapping ?? right.Mapping;

        if ((left.IsParameter && left.Value is null) || (right.IsParameter && right.Value is null))
        {
            var column = left.IsParameter ? right : left;
            return operation switch
            {
                ExpressionType.Equal => column.Nullable ? column.Sql + " IS NULL" : "FALSE",
                ExpressionType.NotEqual => column.Nullable ? column.Sql + " IS NOT NULL" : "TRUE",

                // A lifted comparison with null is false in C#.
                _ => "FALSE",
            };
        }

        if (Write(left, mapping) is not { } a || Write(right, mapping) is not { } b)
        {
            return null;
        }

        var leftNullable = !left.IsParameter && left.Nullable;
        var rightNullable = !right.IsParameter && right.Nullable;
        var plain = a + " " + Operator(operation) + " " + b;
        if (!leftNullable && !rightNullable)
        {
            return plain;
        }

        var notNull = leftNullable && rightNullable ? $"{a} IS NOT NULL AND {b} IS NOT NULL" : (leftNullable ? a : b) + " IS NOT NULL";
        return operation switch
        {
            ExpressionType.Equal when leftNullable && rightNullable => $"(({plain} AND {notNull}) OR ({a} IS NULL AND {b} IS NULL))",
            ExpressionType.NotEqual when leftNullable && rightNullable => $"NOT (({a} = {b} AND {notNull}) OR ({a} IS NULL AND {b} IS NULL))",
            ExpressionType.NotEqual => $"({plain} OR {(leftNullable ? a : b)} IS NULL)",
            _ => $"({plain} AND {notNull})",
        };
    }

    private string? Call(MethodCallExpression call)
    {
        var method = call.Method;
        if ((method == StringContains || method == StringStartsWith || method == StringEndsWith)
            && Value(call.Object!) is { IsParameter: false, Sql: { } subject } text
            && text.Mapping is { Converter: null } mapping
            && State.Evaluate(call.Arguments[0], out var evaluated, out var argument) is var evaluation && evaluated && argument is string fragment)
        {
            var like = subject + " LIKE " + State.Parameter(Pattern(method, fragment), mapping, new ParameterSource(evaluation, value => Pattern(method, (string)value!)));
            return text.Nullable ? $"({like} AND {subject} IS NOT NULL)" : like;
        }

        if (method.DeclaringType == typeof(Enumerable) && method.Name == nameof(Enumerable.Contains) && call.Arguments.Count == 2)
        {
            return Contains(call.Arguments[0], call.Arguments[1]);
        }

        // C# 14 binds array.Contains(x) to MemoryExtensions.Contains over the array as a span.
        if (method.DeclaringType == typeof(MemoryExtensions) && method.Name == nameof(MemoryExtensions.Contains)
            && (call.Arguments.Count == 2 || (call.Arguments.Count == 3 && call.Arguments[2] is ConstantExpression { Value: null }))
            && call.Arguments[0] is MethodCallExpression { Method.Name: "op_Implicit", Arguments: [var array] })
        {
            return Contains(array, call.Arguments[1]);
        }

        if (method.DeclaringType == typeof(Enumerable) && method.Name is nameof(Enumerable.Any) or nameof(Enumerable.All))
        {
            return Exists(call);
        }

        return null;
    }

    // The LIKE pattern of string.Contains, StartsWith or EndsWith with this fragment.
    private static string Pattern(MethodInfo method, string fragment)
    {
        var escaped = Escape(fragment);
        return method == StringContains ? "%" + escaped + "%" : method == StringStartsWith ? escaped + "%" : "%" + escaped;
    }

    // values.Contains(member): member = ANY (@p), the values converted to the column's type; arrayColumn.Contains(value):
    // @p = ANY (column).
    private string? Contains(Expression valuesExpression, Expression itemExpression)
    {
        var evaluation = State.Evaluate(valuesExpression, out var evaluated, out var values);
        if (!evaluated)
        {
            return Value(valuesExpression) is { IsParameter: false, Row: null, Sql: { } arrayColumn, Mapping.ElementTypeMapping: RelationalTypeMapping element }
                && Value(itemExpression) is { IsParameter: true } wanted
                    ? wanted.Value is null
                        ? $"COALESCE(array_position({arrayColumn}, NULL) IS NOT NULL, FALSE)"
                        : $"COALESCE({State.Parameter(wanted.Value, element, new ParameterSource(wanted.Evaluation))} = ANY ({arrayColumn}), FALSE)"
                    : null;
        }

        if (values is not IEnumerable enumerable
            || Value(itemExpression) is not { IsParameter: false, Sql: { } item, Mapping: { } mapping } column
            || State.ArrayParameter(enumerable, mapping, evaluation, out var hasNull) is not { } parameter)
        {
            return null;
        }

        var any = item + " = ANY (" + parameter + ")";
        if (!column.Nullable)
        {
            return any;
        }

        return hasNull ? $"(({any} AND {item} IS NOT NULL) OR {item} IS NULL)" : $"({any} AND {item} IS NOT NULL)";
    }

    // nav.Any(), nav.Any(x => p), nav.All(x => p) over a collection navigation: EXISTS of the dependents.
    private string? Exists(MethodCallExpression call)
    {
        if (Value(call.Arguments[0]) is { IsParameter: false, Row: null, Sql: { } array, Mapping.ElementTypeMapping: RelationalTypeMapping element })
        {
            return ArrayExists(call, array, element);
        }

        if (call.Arguments[0] is not MemberExpression { Member: PropertyInfo property } collection
            || Value(collection.Expression!) is not { Row: { } owner }
            || owner.Entity.FindNavigation(property) is not { IsCollection: true } navigation
            || navigation.ForeignKey.Properties.Count != 1
            || SqlScope.Table(State, navigation.TargetEntityType, optional: false) is not { } table
            || table.Column(navigation.ForeignKey.Properties[0]) is not { } dependent
            || owner.Column(navigation.ForeignKey.PrincipalKey.Properties[0]) is not { } principal)
        {
            return null;
        }

        // The subquery's own FROM, with this one's rows and values still in reach (a correlated predicate).
        var inner = new SqlScope(State, table);
        var expressions = new SqlExpressions(inner);
        foreach (var (parameter, row) in _rows)
        {
            expressions._rows[parameter] = row;
        }

        foreach (var (parameter, value) in _outer)
        {
            expressions._outer[parameter] = value;
        }

        var all = call.Method.Name == nameof(Enumerable.All);
        string? condition = null;
        if (call.Arguments.Count == 2)
        {
            if (call.Arguments[1] is not LambdaExpression lambda)
            {
                return null;
            }

            expressions.Bind(lambda.Parameters[0], table);
            condition = expressions.Predicate(lambda.Body);
            if (condition is null)
            {
                return null;
            }
        }
        else if (all)
        {
            return null;
        }

        var where = new StringBuilder(dependent).Append(" = ").Append(principal);
        if (condition is not null)
        {
            where.Append(all ? " AND NOT (" : " AND (").Append(condition).Append(')');
        }

        var exists = $"EXISTS (SELECT 1 FROM {SqlScope.Name(table)} AS {table.Alias}{inner.Joins(" ")} WHERE {where})";
        return all ? "NOT " + exists : exists;
    }

    // tags.Any(), tags.Any(x => p), tags.All(x => p) over an array column: EXISTS over its elements.
    private string? ArrayExists(MethodCallExpression call, string array, RelationalTypeMapping element)
    {
        var all = call.Method.Name == nameof(Enumerable.All);
        if (call.Arguments.Count == 1)
        {
            return all ? null : $"COALESCE(cardinality({array}), 0) > 0";
        }

        if (call.Arguments[1] is not LambdaExpression { Parameters: [var item] } lambda)
        {
            return null;
        }

        var alias = State.Alias("unnest");
        _outer[item] = new SqlValue { Sql = alias + ".value", Nullable = true, Mapping = element };
        try
        {
            if (Predicate(lambda.Body) is not { } condition)
            {
                return null;
            }

            var elements = $"SELECT 1 FROM unnest({array}) AS {alias}(value) WHERE ";
            return all ? $"NOT EXISTS ({elements}NOT ({condition}))" : $"EXISTS ({elements}{condition})";
        }
        finally
        {
            _outer.Remove(item);
        }
    }

    private SqlValue? Member(MemberExpression member)
    {
        if (member.Member is not PropertyInfo property)
        {
            return null;
        }

        if (member.Expression is null || Value(member.Expression) is not { Row: { } row })
        {
            return null;
        }

        if (row.Entity.FindNavigation(property) is { } navigation)
        {
            return Scope.Join(row, navigation) is { } joined
                ? new SqlValue { Row = joined, Sql = joined.Column(joined.Entity.FindPrimaryKey()!.Properties[0]), Nullable = joined.Optional }
                : null;
        }

        if (row.Entity.FindProperty(property) is not { } column || row.Column(column) is not { } sql
            || column.GetRelationalTypeMapping() is not { } mapping)
        {
            return null;
        }

        return new SqlValue { Sql = sql, Nullable = column.IsNullable || row.Optional, Mapping = mapping };
    }

    private static Expression? Root(Expression expression)
    {
        while (true)
        {
            switch (expression)
            {
                case MemberExpression { Expression: { } inner }:
                    expression = inner;
                    break;
                case UnaryExpression { NodeType: ExpressionType.Convert } convert:
                    expression = convert.Operand;
                    break;
                case ParameterExpression:
                    return expression;
                default:
                    return null;
            }
        }
    }

    private static Expression? EnumOperand(Expression expression)
        => expression is UnaryExpression { NodeType: ExpressionType.Convert, Operand: var operand }
            && (System.Nullable.GetUnderlyingType(operand.Type) ?? operand.Type).IsEnum
                ? operand
                : null;

    private bool IsNavigationNullTest(Expression test)
        => test is BinaryExpression { NodeType: ExpressionType.Equal } equal && IsNullConstant(equal.Right) && Value(equal.Left) is { Row: not null };

    private static bool IsNullConstant(Expression expression)
        => expression is ConstantExpression { Value: null } || expression is DefaultExpression { Type.IsValueType: false };

    // A conversion that does not change the value: to its nullable form or back, or to object.
    private static bool IsLifting(Type from, Type to)
        => from == to || System.Nullable.GetUnderlyingType(to) == from || System.Nullable.GetUnderlyingType(from) == to
            || to == typeof(object);

    private static bool IsComparison(ExpressionType type)
        => type is ExpressionType.Equal or ExpressionType.NotEqual or ExpressionType.LessThan or ExpressionType.LessThanOrEqual
            or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual;

    private static string Operator(ExpressionType type) => type switch
    {
        ExpressionType.Equal => "=",
        ExpressionType.NotEqual => "<>",
        ExpressionType.LessThan => "<",
        ExpressionType.LessThanOrEqual => "<=",
        ExpressionType.GreaterThan => ">",
        _ => ">=",
    };

    private static string? Pair(string? left, string operation, string? right)
        => left is null || right is null ? null : "(" + left + " " + operation + " " + right + ")";

    // LIKE's wildcards and its escape character (a backslash, PostgreSQL's default) taken literally.
    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            if (c is '%' or '_' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
