using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace KtPortal.GraphQL.Data.Statements;

/// <summary>
/// What one statement shares between its selects: the parameters and the table aliases; and, when the statement is
/// translated for the <see cref="StatementCache"/>, how each parameter is read from the query's expressions, and
/// what the text assumed of each value it read.
/// </summary>
internal sealed class SqlStatementState(StatementSource source, StatementShape? shape = null)
{
    private readonly List<SqlParameter> _parameters = [];

    private readonly List<ParameterSource> _sources = [];

    private readonly List<Evaluation> _evaluations = [];

    // k and s name the keys and the rows of a lateral join (SqlQuery.Lateral); no table takes them.
    private readonly Dictionary<char, int> _aliases = new() { ['k'] = 1, ['s'] = 1 };

    // The nodes of the statement's shape, by node: where each value the translation reads is in the tree, and the
    // other places of a node the tree holds more than once.
    private Dictionary<Expression, (int First, List<int>? Others)>? _nodeIndex = shape is null ? null : Index(shape.Nodes);

    public StatementSource Source { get; } = source;

    public IReadOnlyList<SqlParameter> Parameters => _parameters;

    /// <summary>Where each parameter's value comes from, in the order of <see cref="Parameters"/>.</summary>
    public IReadOnlyList<ParameterSource> Sources => _sources;

    /// <summary>The values the translation read from the query's expressions, in the order it read them.</summary>
    public IReadOnlyList<Evaluation> Evaluations => _evaluations;

    /// <summary>
    /// Whether the statement can be cached: it was translated with the shape's nodes, and every value it depends on
    /// was read from one of them.
    /// </summary>
    public bool Replayable => _nodeIndex is not null;

    /// <summary>
    /// Evaluates <paramref name="expression"/> as <see cref="SqlExpressions.Evaluate"/> does, and records where it is
    /// and what the translation will assume of the result; the index of the record, or -1.
    /// </summary>
    public int Evaluate(Expression expression, out bool evaluated, out object? value)
    {
        evaluated = SqlExpressions.Evaluate(expression, out value);
        if (_nodeIndex is null)
        {
            return -1;
        }

        // A node the translation made itself has nothing to read it from in another tree; a sequence that is not a
        // list might not give the same items twice.
        if (!_nodeIndex.TryGetValue(expression, out var node) || !ValueGuard.TryOf(evaluated ? value : null, out var guard))
        {
            _nodeIndex = null;
            return -1;
        }

        _evaluations.Add(new Evaluation(node.First, node.Others?.ToArray(), evaluated, guard));
        return _evaluations.Count - 1;
    }

    /// <summary>A new parameter holding <paramref name="value"/>, written with <paramref name="mapping"/>.</summary>
    public string Parameter(object? value, RelationalTypeMapping mapping, ParameterSource source)
    {
        if (source.Evaluation == ParameterSource.Unknown)
        {
            _nodeIndex = null;
        }

        var name = "p" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
        _parameters.Add(new SqlParameter(name, mapping, value));
        _sources.Add(source);
        return "@" + name;
    }

    /// <summary>
    /// A new parameter holding <paramref name="values"/> (nulls left out, reported in <paramref name="hadNull"/>)
    /// converted to <paramref name="column"/>'s type, as an array of the column's own store type
    /// (<c>timestamp without time zone[]</c>, not the default of the CLR type); null when the provider has no such
    /// array type. <paramref name="evaluation"/> is where the values were read (<see cref="ParameterSource.Keys"/>
    /// for the keys of a statement for many parents).
    /// </summary>
    public string? ArrayParameter(IEnumerable values, RelationalTypeMapping column, int evaluation, out bool hadNull)
    {
        var array = ProviderArray(values, column, out hadNull);
        return Source.Mappings.FindMapping(array.GetType(), column.StoreType + "[]") is { } mapping
            ? Parameter(array, mapping, new ParameterSource(evaluation, value => ProviderArray((IEnumerable)value!, column, out _)))
            : null;
    }

    // The values without nulls, each converted to the column's provider type, as an array of that type.
    private static Array ProviderArray(IEnumerable values, RelationalTypeMapping column, out bool hadNull)
    {
        var converter = column.Converter;
        var items = new List<object>();
        hadNull = false;
        foreach (var value in values)
        {
            if (value is null)
            {
                hadNull = true;
                continue;
            }

            items.Add(converter is null ? value : converter.ConvertToProvider(value)!);
        }

        var array = Members.Arrays.Create(ProviderType(column), items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            array.SetValue(items[i], i);
        }

        return array;
    }

    private static Dictionary<Expression, (int First, List<int>? Others)> Index(IReadOnlyList<Expression> nodes)
    {
        var index = new Dictionary<Expression, (int First, List<int>? Others)>(nodes.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < nodes.Count; i++)
        {
            if (index.TryGetValue(nodes[i], out var known))
            {
                (known.Others ??= []).Add(i);
                index[nodes[i]] = known;
            }
            else
            {
                index[nodes[i]] = (i, null);
            }
        }

        return index;
    }

    /// <summary>The CLR type a column's values are read and written as: its converter's provider type, not nullable.</summary>
    public static Type ProviderType(RelationalTypeMapping column)
    {
        var type = column.Converter?.ProviderClrType ?? column.ClrType;
        return Nullable.GetUnderlyingType(type) ?? type;
    }

    /// <summary>A new alias for a table: its first letter, then numbered as EF Core does (<c>t</c>, <c>t0</c>, <c>t1</c>).</summary>
    public string Alias(string table)
    {
        var letter = table.Length > 0 && char.IsAsciiLetter(table[0]) ? char.ToLowerInvariant(table[0]) : 't';
        var used = _aliases.GetValueOrDefault(letter);
        _aliases[letter] = used + 1;
        return used == 0 ? letter.ToString() : letter + (used - 1).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>An identifier, quoted unless it is a plain lower-case name that is not a keyword PostgreSQL reserves.</summary>
    public static string Quote(string identifier)
        => IsPlain(identifier) ? identifier : "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static bool IsPlain(string identifier)
    {
        if (identifier.Length == 0 || !(char.IsAsciiLetterLower(identifier[0]) || identifier[0] == '_') || Reserved.Contains(identifier))
        {
            return false;
        }

        foreach (var c in identifier)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    // PostgreSQL's reserved key words, and those it allows as type or function names only
    // (https://www.postgresql.org/docs/current/sql-keywords-appendix.html).
    private static readonly FrozenSet<string> Reserved = FrozenSet.ToFrozenSet(
    [
        "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", "binary", "both", "case", "cast",
        "check", "collate", "collation", "column", "concurrently", "constraint", "create", "cross", "current_catalog", "current_date",
        "current_role", "current_schema", "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct",
        "do", "else", "end", "except", "false", "fetch", "for", "foreign", "freeze", "from", "full", "grant", "group", "having", "ilike", "in",
        "initially", "inner", "intersect", "into", "is", "isnull", "join", "lateral", "leading", "left", "like", "limit", "localtime",
        "localtimestamp", "natural", "not", "notnull", "null", "offset", "on", "only", "or", "order", "outer", "overlaps", "placing", "primary",
        "references", "returning", "right", "select", "session_user", "similar", "some", "symmetric", "system_user", "table", "tablesample",
        "then", "to", "trailing", "true", "union", "unique", "user", "using", "variadic", "verbose", "when", "where", "window", "with",
    ], StringComparer.Ordinal);
}

/// <summary>A table in a select: its alias, entity type and store object.</summary>
/// <param name="Alias">The alias.</param>
/// <param name="Entity">The entity type mapped to it.</param>
/// <param name="Store">The table.</param>
/// <param name="Optional">Whether its row can be missing (a LEFT JOIN), so that every column of it can be null.</param>
internal sealed record SqlTable(string Alias, IEntityType Entity, StoreObjectIdentifier Store, bool Optional)
{
    /// <summary>The column of <paramref name="property"/>, or null when it has none in this table.</summary>
    public string? Column(IProperty property)
        => property.GetColumnName(Store) is { } name ? Alias + "." + SqlStatementState.Quote(name) : null;
}

/// <summary>
/// The FROM clause of one select: its root table and the joins the member paths of its expressions need. A path
/// through a reference navigation joins the principal's table once per path: INNER for a required reference, as
/// EF Core does, LEFT for an optional one.
/// </summary>
internal sealed class SqlScope(SqlStatementState state, SqlTable root)
{
    // The model's entity types live as long as their context type: whether each is a plain table is decided once.
    private static readonly ConcurrentDictionary<IEntityType, StoreObjectIdentifier?> Stores = new();

    private readonly Dictionary<(string Alias, INavigation Navigation), SqlTable> _joined = [];

    private readonly List<string> _joins = [];

    public SqlStatementState State { get; } = state;

    public SqlTable Root { get; } = root;

    /// <summary>The joins, each after <paramref name="separator"/>.</summary>
    public string Joins(string separator)
    {
        var text = new StringBuilder();
        foreach (var join in _joins)
        {
            text.Append(separator).Append(join);
        }

        return text.ToString();
    }

    /// <summary>The table of <paramref name="entity"/>, or null when it is not a plain table this can read.</summary>
    public static SqlTable? Table(SqlStatementState state, IEntityType entity, bool optional)
        => Stores.GetOrAdd(entity, static e => IsPlain(e) ? StoreObjectIdentifier.Table(e.GetTableName()!, e.GetSchema()) : null) is { } store
            ? new SqlTable(state.Alias(store.Name), entity, store, optional)
            : null;

    /// <summary>The table a reference navigation from <paramref name="from"/> leads to, joined once.</summary>
    public SqlTable? Join(SqlTable from, INavigation navigation)
    {
        if (_joined.TryGetValue((from.Alias, navigation), out var known))
        {
            return known;
        }

        var foreignKey = navigation.ForeignKey;
        if (navigation.IsCollection || !navigation.IsOnDependent || foreignKey.Properties.Count != 1)
        {
            return null;
        }

        var optional = from.Optional || !foreignKey.IsRequired;
        if (Table(State, navigation.TargetEntityType, optional) is not { } target
            || from.Column(foreignKey.Properties[0]) is not { } dependent
            || target.Column(foreignKey.PrincipalKey.Properties[0]) is not { } principal)
        {
            return null;
        }

        _joins.Add((optional ? "LEFT JOIN " : "INNER JOIN ") + Name(target) + " AS " + target.Alias + " ON " + dependent + " = " + principal);
        _joined[(from.Alias, navigation)] = target;
        return target;
    }

    /// <summary>The schema-qualified, quoted name of a table followed by nothing else.</summary>
    public static string Name(SqlTable table)
        => table.Store.Schema is { } schema
            ? SqlStatementState.Quote(schema) + "." + SqlStatementState.Quote(table.Store.Name)
            : SqlStatementState.Quote(table.Store.Name);

    // One table per entity, no inheritance, no owned or split parts, no query filter (EF Core applies those; a
    // statement written here would not).
    private static bool IsPlain(IEntityType entity)
        => entity.BaseType is null
            && !entity.GetDirectlyDerivedTypes().Any()
            && !entity.IsOwned()
            && entity.GetDeclaredQueryFilters().Count == 0
            && entity.GetTableName() is not null
            && entity.GetViewName() is null
            && entity.GetSqlQuery() is null
            && entity.GetFunctionName() is null
            && entity.FindPrimaryKey() is { Properties.Count: 1 };
}
