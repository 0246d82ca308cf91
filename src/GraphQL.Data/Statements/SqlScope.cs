using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace KtPortal.GraphQL.Data.Statements;

/// <summary>What one statement shares between its selects: the parameters and the table aliases.</summary>
internal sealed class SqlStatementState(StatementSource source)
{
    private readonly List<SqlParameter> _parameters = [];

    // k and s name the keys and the rows of a lateral join (SqlQuery.Lateral); no table takes them.
    private readonly Dictionary<char, int> _aliases = new() { ['k'] = 1, ['s'] = 1 };

    public StatementSource Source { get; } = source;

    public IReadOnlyList<SqlParameter> Parameters => _parameters;

    /// <summary>A new parameter holding <paramref name="value"/>, written with <paramref name="mapping"/>.</summary>
    public string Parameter(object? value, RelationalTypeMapping mapping)
    {
        var name = "p" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
        _parameters.Add(new SqlParameter(name, mapping, value));
        return "@" + name;
    }

    /// <summary>
    /// A new parameter holding <paramref name="values"/> (nulls left out, reported in <paramref name="hadNull"/>)
    /// converted to <paramref name="column"/>'s type, as an array of the column's own store type
    /// (<c>timestamp without time zone[]</c>, not the default of the CLR type); null when the provider has no such
    /// array type.
    /// </summary>
    public string? ArrayParameter(IEnumerable values, RelationalTypeMapping column, out bool hadNull)
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

        return Source.Mappings.FindMapping(array.GetType(), column.StoreType + "[]") is { } mapping ? Parameter(array, mapping) : null;
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
