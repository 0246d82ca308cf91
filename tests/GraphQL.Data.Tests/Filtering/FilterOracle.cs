using System.Collections;

namespace KtPortal.GraphQL.Data.Tests.Filtering;

/// <summary>
/// A straightforward interpreter of <c>where</c> and <c>order</c> values over the in-memory data, written from
/// the documented semantics rather than from the expression builder:
/// <list type="bullet">
/// <item>fields of a filter object, and operators of a field, all hold (AND); absent or null entries hold;</item>
/// <item><c>and</c> holds when every element holds, <c>or</c> when one does; an empty list holds;</item>
/// <item>comparisons with a null value are false, so their <c>n</c>-forms are true; <c>eq: null</c> tests for null;</item>
/// <item>strings compare ordinally; <c>…IgnoreCase</c> compares lower-cased text; a string's operations take
/// <c>and</c>/<c>or</c> lists of operation objects, read as above;</item>
/// <item>sorting: strings by code point (the database's C.UTF-8 collation), enums in declared order although the
/// model stores them as text (<c>HasConversion&lt;string&gt;</c>), nulls last ascending and first descending
/// (PostgreSQL), then the id ascending.</item>
/// </list>
/// </summary>
public sealed class FilterOracle(DeskModel model)
{
    public IReadOnlyList<int> Run(string entity, IReadOnlyDictionary<string, object?>? where, IReadOnlyList<object?>? order, Func<object, int> id)
    {
        var rows = model.Instances[entity].Where(row => where is null || Matches(entity, row, where)).ToList();
        var keys = order?.Select(element => SortPath(entity, (IReadOnlyDictionary<string, object?>)element!)).ToList() ?? [];
        rows.Sort((a, b) =>
        {
            foreach (var (read, descending) in keys)
            {
                var compared = CompareSortValues(read(a), read(b));
                if (compared != 0)
                {
                    return descending ? -compared : compared;
                }
            }

            return id(a).CompareTo(id(b));
        });
        return [.. rows.Select(id)];
    }

    private bool Matches(string entity, object row, IReadOnlyDictionary<string, object?> filter)
    {
        var type = model.Entities[entity];
        foreach (var (name, value) in filter)
        {
            if (value is null)
            {
                continue;
            }

            var holds = name switch
            {
                "and" => ((IList)value).Cast<IReadOnlyDictionary<string, object?>>().All(f => Matches(entity, row, f)),
                "or" => ((IList)value).Count == 0 || ((IList)value).Cast<IReadOnlyDictionary<string, object?>>().Any(f => Matches(entity, row, f)),
                _ => MatchesField(type, row, name, (IReadOnlyDictionary<string, object?>)value),
            };
            if (!holds)
            {
                return false;
            }
        }

        return true;
    }

    private bool MatchesField(OracleEntity type, object row, string name, IReadOnlyDictionary<string, object?> value)
    {
        if (type.Scalars.FirstOrDefault(s => s.Name == name) is { } scalar)
        {
            return MatchesOperations(scalar.Kind, scalar.Read(row), value);
        }

        if (type.Navigations.FirstOrDefault(n => n.Name == name) is { } navigation)
        {
            return navigation.Read(row) is { } related && Matches(navigation.Entity, related, value);
        }

        var list = type.Lists.Single(l => l.Name == name);
        var items = list.Read(row).ToList();
        bool Element(object item, IReadOnlyDictionary<string, object?> filter)
            => list.Entity is null ? MatchesOperations(OracleValue.String, item, filter) : Matches(list.Entity, item, filter);

        foreach (var (operation, operand) in value)
        {
            var holds = operation switch
            {
                "any" => items.Count > 0 == (bool)operand!,
                "some" => operand is null || items.Any(i => Element(i, (IReadOnlyDictionary<string, object?>)operand)),
                "all" => operand is null || items.All(i => Element(i, (IReadOnlyDictionary<string, object?>)operand)),
                "none" => operand is null || !items.Any(i => Element(i, (IReadOnlyDictionary<string, object?>)operand)),
                _ => throw new InvalidOperationException(operation),
            };
            if (!holds)
            {
                return false;
            }
        }

        return true;
    }

    private static bool MatchesOperations(OracleValue kind, object? actual, IReadOnlyDictionary<string, object?> operations)
    {
        var subject = Normalize(kind, actual);
        foreach (var (operation, operand) in operations)
        {
            var holds = (operation, operand) switch
            {
                (_, null) when operation is "and" or "or" => true,
                ("and", IList elements) => elements.Cast<IReadOnlyDictionary<string, object?>>().All(e => MatchesOperations(kind, actual, e)),
                ("or", IList elements) => elements.Count == 0 || elements.Cast<IReadOnlyDictionary<string, object?>>().Any(e => MatchesOperations(kind, actual, e)),
                _ => Holds(subject, operation, operand),
            };
            if (!holds)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Holds(object? subject, string operation, object? operand)
    {
        var negated = operation.StartsWith('n');
        var name = negated ? operation[1..] : operation;
        var ignoreCase = name.EndsWith("IgnoreCase", StringComparison.Ordinal);
        name = ignoreCase ? name[..^"IgnoreCase".Length] : name;
        var value = operand is IList ? null : Normalize(null, operand);

        bool positive;
        if (ignoreCase || name is "contains" or "startsWith" or "endsWith")
        {
            var text = ignoreCase ? ((string?)subject)?.ToLowerInvariant() : (string?)subject;
            var pattern = ignoreCase ? ((string)value!).ToLowerInvariant() : (string)value!;
            positive = text is not null && name switch
            {
                "eq" => text == pattern,
                "contains" => text.Contains(pattern, StringComparison.Ordinal),
                "startsWith" => text.StartsWith(pattern, StringComparison.Ordinal),
                "endsWith" => text.EndsWith(pattern, StringComparison.Ordinal),
                _ => throw new InvalidOperationException(operation),
            };
        }
        else
        {
            positive = name switch
            {
                "eq" => Equals(subject, value),
                "in" => ((IList)operand!).Cast<object?>().Any(item => Equals(subject, Normalize(null, item))),
                "gt" => subject is not null && Compare(subject, value!) > 0,
                "gte" => subject is not null && Compare(subject, value!) >= 0,
                "lt" => subject is not null && Compare(subject, value!) < 0,
                "lte" => subject is not null && Compare(subject, value!) <= 0,
                _ => throw new InvalidOperationException(operation),
            };
        }

        return negated ? !positive : positive;
    }

    // Values as comparable plain objects: enums by GraphQL name, times as UTC ticks.
    private static object? Normalize(OracleValue? kind, object? value) => value switch
    {
        null => null,
        EnumLiteral literal => literal.Name,
        Enum member => DeskModel.EnumName(member),
        DateTimeOffset time => time.UtcTicks,
        _ => value,
    };

    private static int Compare(object a, object b) => a switch
    {
        int number => number.CompareTo((int)b),
        long ticks => ticks.CompareTo((long)b),
        _ => throw new InvalidOperationException($"{a.GetType().Name} has no order here."),
    };

    private (Func<object, object?> Read, bool Descending) SortPath(string entity, IReadOnlyDictionary<string, object?> element)
    {
        var (name, value) = element.Single();
        var type = model.Entities[entity];
        if (value is IReadOnlyDictionary<string, object?> nested)
        {
            var navigation = type.Navigations.Single(n => n.Name == name);
            var (inner, descending) = SortPath(navigation.Entity, nested);
            return (row => navigation.Read(row) is { } related ? inner(related) : null, descending);
        }

        var scalar = type.Scalars.Single(s => s.Name == name);
        return (row => SortValue(scalar.Read(row)), ((EnumLiteral)value!).Name == "DESC");
    }

    private static object? SortValue(object? value) => value switch
    {
        Enum member => Convert.ToDecimal(member, System.Globalization.CultureInfo.InvariantCulture),
        DateTimeOffset time => time.UtcTicks,
        _ => value,
    };

    private static int CompareSortValues(object? a, object? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        (string x, string y) => string.CompareOrdinal(x, y),
        (IComparable x, _) => x.CompareTo(b),
        _ => throw new InvalidOperationException($"{a.GetType().Name} has no order here."),
    };
}
