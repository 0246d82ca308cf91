using System.Runtime.CompilerServices;

namespace KtPortal.GraphQL.Types;

public static partial class Introspection
{
    // Keyed on the type model's own objects, which belong to one schema and never change once it is built; a
    // weak table lets a dropped schema take its entries with it.
    private static readonly ConditionalWeakTable<object, object> ActiveMembers = new();
    private static readonly ConditionalWeakTable<DirectiveDefinition, object[]> Locations = new();
    private static readonly ConditionalWeakTable<InputValueDefinition, object> DefaultValues = new();
    private static readonly object NoDefaultValue = new();

    /// <summary>The members that are not deprecated; the collection itself when none is.</summary>
    private static IReadOnlyList<T> Active<T>(FieldCollection<T> members, bool includeDeprecated)
        where T : class, IField
    {
        if (includeDeprecated || members.Count == 0)
        {
            return members;
        }

        if (ActiveMembers.TryGetValue(members, out var cached))
        {
            return (IReadOnlyList<T>)cached;
        }

        IReadOnlyList<T> active = members.Any(static m => m.IsDeprecated) ? [.. members.Where(static m => !m.IsDeprecated)] : members;
        ActiveMembers.AddOrUpdate(members, active);
        return active;
    }

    private static IReadOnlyList<DirectiveDefinition> ActiveDirectives(IReadOnlyList<DirectiveDefinition> directives, bool includeDeprecated)
    {
        if (includeDeprecated || directives.Count == 0)
        {
            return directives;
        }

        if (ActiveMembers.TryGetValue(directives, out var cached))
        {
            return (IReadOnlyList<DirectiveDefinition>)cached;
        }

        IReadOnlyList<DirectiveDefinition> active = directives.Any(static d => d.IsDeprecated) ? [.. directives.Where(static d => !d.IsDeprecated)] : directives;
        ActiveMembers.AddOrUpdate(directives, active);
        return active;
    }

    // __DirectiveLocation declares its values in DirectiveLocation order.
    private static object[] LocationValues(DirectiveDefinition directive)
        => Locations.GetValue(directive, static d =>
        {
            var values = new object[d.Locations.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = DirectiveLocationType.Values[(int)d.Locations[i]].RuntimeValue;
            }

            return values;
        });

    // graphql-js prints astFromValue(defaultValue, type): the default coerced to the type and turned back into a
    // literal, so an enum prints its name, a list default given as one item prints as a list, and a default that
    // does not fit the type prints nothing. SDL printing does the same, so the two always agree.
    // https://spec.graphql.org/October2021/#sec-The-__InputValue-Type
    private static string? PrintedDefaultValue(InputValueDefinition value)
    {
        if (value.DefaultValue is null)
        {
            return null;
        }

        var printed = DefaultValues.GetValue(value, static v => DefaultValuePrinter.Print(v.DefaultValue!, v.Type) ?? NoDefaultValue);
        return printed as string;
    }
}
