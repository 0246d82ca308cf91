namespace KtPortal.GraphQL.Data.Tests.Filtering;

/// <summary>
/// Generates random <c>where</c> and <c>order</c> values over the desk model from one seed: random operators,
/// values drawn from the data (so they tie and hit nulls), strings cut from real values with their case changed
/// or LIKE wildcards added, and/or nested up to three levels, navigations and list filters.
/// </summary>
public sealed class RandomInputs(DeskModel model, Random random)
{
    private const int MaxLogicalDepth = 3;

    private static readonly string[] ComparableOperations = ["eq", "neq", "in", "nin", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];

    private static readonly string[] StringOperations =
    [
        "eq", "neq", "in", "nin", "contains", "ncontains", "startsWith", "nstartsWith", "endsWith", "nendsWith",
        "eqIgnoreCase", "neqIgnoreCase", "containsIgnoreCase", "ncontainsIgnoreCase", "startsWithIgnoreCase",
        "nstartsWithIgnoreCase", "endsWithIgnoreCase", "nendsWithIgnoreCase",
    ];

    // Values with LIKE's wildcards and escape character; descriptions contain "50% of the time_".
    private static readonly string[] Wildcards = ["%", "_", "\\", "50%", "0% of", "time_", "% of the time_", "50_", "%%", "\\%"];

    public Dictionary<string, object?> Filter(string entity) => Filter(entity, logicalDepth: 0, navigationBudget: 2);

    public List<object?> Order(string entity)
    {
        var order = new List<object?>();
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            order.Add(SortElement(entity, navigationBudget: 2));
        }

        return order;
    }

    private Dictionary<string, object?> SortElement(string entity, int navigationBudget)
    {
        var model1 = model.Entities[entity];
        if (navigationBudget > 0 && model1.Navigations.Count > 0 && random.Next(4) == 0)
        {
            var navigation = Pick(model1.Navigations);
            return new() { [navigation.Name] = SortElement(navigation.Entity, navigationBudget - 1) };
        }

        var scalar = Pick(model1.Scalars);
        return new() { [scalar.Name] = new EnumLiteral(random.Next(2) == 0 ? "ASC" : "DESC") };
    }

    private Dictionary<string, object?> Filter(string entity, int logicalDepth, int navigationBudget)
    {
        var type = model.Entities[entity];
        var filter = new Dictionary<string, object?>();
        var count = random.Next(10) == 0 ? 0 : random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            var roll = random.Next(100);
            if (roll < 18 && logicalDepth < MaxLogicalDepth)
            {
                var items = new List<object?>();
                var length = random.Next(6) == 0 ? 0 : random.Next(1, 4);
                for (var j = 0; j < length; j++)
                {
                    items.Add(Filter(entity, logicalDepth + 1, navigationBudget));
                }

                filter[random.Next(2) == 0 ? "and" : "or"] = items;
            }
            else if (roll < 32 && navigationBudget > 0 && type.Navigations.Count > 0)
            {
                var navigation = Pick(type.Navigations);
                filter[navigation.Name] = Filter(navigation.Entity, MaxLogicalDepth - 1, navigationBudget - 1);
            }
            else if (roll < 44 && navigationBudget > 0 && type.Lists.Count > 0)
            {
                var list = Pick(type.Lists);
                filter[list.Name] = ListFilter(list, navigationBudget);
            }
            else
            {
                var scalar = Pick(type.Scalars);
                filter[scalar.Name] = Operations(entity, scalar);
            }
        }

        return filter;
    }

    private Dictionary<string, object?> ListFilter(OracleList list, int navigationBudget)
    {
        var operation = Pick(["some", "all", "none", "any"]);
        if (operation == "any")
        {
            return new() { ["any"] = random.Next(2) == 0 };
        }

        if (list.Entity is null)
        {
            var tag = new OracleScalar("tag", OracleValue.String, o => o);
            return new() { [operation] = Operations("tag", tag) };
        }

        return new() { [operation] = Filter(list.Entity, MaxLogicalDepth - 1, navigationBudget - 1) };
    }

    private Dictionary<string, object?> Operations(string entity, OracleScalar scalar, bool allowLogical = true)
    {
        var operations = new Dictionary<string, object?>();
        if (allowLogical && scalar.Kind == OracleValue.String && random.Next(6) == 0)
        {
            operations[random.Next(2) == 0 ? "and" : "or"] = Enumerable.Range(0, random.Next(0, 3))
                .Select(_ => (object?)Operations(entity, scalar, allowLogical: false))
                .ToList();
            return operations;
        }

        var count = random.Next(5) == 0 ? 2 : 1;
        for (var i = 0; i < count; i++)
        {
            var operation = scalar.Kind switch
            {
                OracleValue.String => Pick(StringOperations),
                OracleValue.Boolean => Pick(["eq", "neq"]),
                OracleValue.Enum => Pick(["eq", "neq", "in", "nin"]),
                _ => Pick(ComparableOperations),
            };
            operations[operation] = operation is "in" or "nin"
                ? Enumerable.Range(0, random.Next(0, 5)).Select(_ => Value(entity, scalar, operation, allowNull: true)).ToList()
                : Value(entity, scalar, operation, allowNull: operation is "eq" or "neq");
        }

        return operations;
    }

    private object? Value(string entity, OracleScalar scalar, string operation, bool allowNull)
    {
        var nullable = scalar.Kind is OracleValue.NullableInt or OracleValue.NullableTime;
        if (nullable && allowNull && random.Next(5) == 0)
        {
            return null;
        }

        object? value;
        do
        {
            value = scalar.Read(entity == "tag" ? RandomTag() : Pick(model.Instances[entity]));
        }
        while (value is null);

        return scalar.Kind switch
        {
            OracleValue.Int or OracleValue.NullableInt => (int)value + (random.Next(3) == 0 ? random.Next(-2, 3) : 0),
            OracleValue.Time or OracleValue.NullableTime => ((DateTimeOffset)value).AddMinutes(random.Next(3) == 0 ? random.Next(-3, 4) : 0),
            OracleValue.Enum => new EnumLiteral(DeskModel.EnumName(value)),
            OracleValue.String => Text((string)value, operation),
            _ => value,
        };
    }

    private string RandomTag()
    {
        var tags = model.Data.Tickets[random.Next(model.Data.Tickets.Count)].Tags;
        return tags.Count == 0 ? "vip" : tags[random.Next(tags.Count)];
    }

    private string Text(string value, string operation)
    {
        if (random.Next(8) == 0)
        {
            return Pick(Wildcards);
        }

        var name = operation.Replace("IgnoreCase", string.Empty, StringComparison.Ordinal).TrimStart('n');
        var length = random.Next(1, Math.Min(value.Length, 8) + 1);
        var text = name switch
        {
            "contains" => value.Substring(random.Next(value.Length - length + 1), length),
            "startsWith" => value[..length],
            "endsWith" => value[^length..],
            _ => value,
        };
        return random.Next(4) switch
        {
            0 => text.ToUpperInvariant(),
            1 => text.ToLowerInvariant(),
            _ => text,
        };
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
