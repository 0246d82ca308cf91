using System.Reflection;
using System.Text;
using KtPortal.GraphQL.Data.Members;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Data.Filtering;

/// <summary>
/// Generates the filter input of an entity type and everything it refers to, in HotChocolate's shapes and names:
/// <c>TicketFilterInput</c> with <c>and</c>/<c>or</c> and one field per filterable member, operation inputs per
/// scalar (<c>StringOperationFilterInput</c>, <c>IntOperationFilterInput</c>, <c>TicketStatusOperationFilterInput</c>),
/// list inputs (<c>ListStringOperationFilterInput</c>, <c>ListFilterInputTypeOfMessageFilterInput</c>).
/// </summary>
internal sealed class FilterTypeGenerator(IDescriptorContext context, FilteringOptions options, string origin)
{
    private readonly Dictionary<Type, string?> _entities = [];
    private readonly Dictionary<PropertyInfo, string> _idTypes = [];

    /// <summary>
    /// The members the generated inputs compare with global IDs, and the GraphQL type those IDs must belong to (for
    /// <see cref="FilterExpressionBuilder"/>, which decodes them).
    /// </summary>
    public IReadOnlyDictionary<PropertyInfo, string> IdTypes => _idTypes;

    /// <summary>The name of the filter input of <paramref name="entityType"/>, generating it when needed.</summary>
    public string FilterInput(Type entityType)
        => EntityFilterInput(entityType) ?? throw new InvalidOperationException($"{entityType.Name} has no GraphQL type to filter.");

    private string? EntityFilterInput(Type entityType)
    {
        if (_entities.TryGetValue(entityType, out var known))
        {
            return known;
        }

        string name;
        try
        {
            name = context.GetTypeName(entityType) + "FilterInput";
        }
        catch (InvalidOperationException)
        {
            _entities[entityType] = null;
            return null;
        }

        // Named before its fields are generated, so that cycles (Ticket.messages -> Message.ticket) end here.
        _entities[entityType] = name;
        var sdl = new StringBuilder();
        sdl.Append("input ").Append(name).Append(" {\n");
        sdl.Append("  and: [").Append(name).Append("!]\n");
        sdl.Append("  or: [").Append(name).Append("!]\n");
        foreach (var member in DataMembers.Of(entityType).Values)
        {
            if (member.IsNotFilterable || options.Ignored.Contains(entityType, member.Property))
            {
                continue;
            }

            if (member.Id is { } id)
            {
                // A global ID: compared for equality only, with IDs of one type, as HotChocolate's [ID] filters are.
                _idTypes[member.Property] = id == DataMembers.DeclaringType ? name[..^"FilterInput".Length]
                    : id.TypeName ?? context.GetTypeName(id.Type!);
                sdl.Append("  ").Append(member.Name).Append(": ").Append(IdInput()).Append('\n');
                continue;
            }

            if (MemberInput(member) is { } input)
            {
                sdl.Append("  ").Append(member.Name).Append(": ").Append(input).Append('\n');
            }
        }

        sdl.Append('}');
        GeneratedTypes.Add(context, name, sdl.ToString(), origin);
        return name;
    }

    private string? MemberInput(DataMember member) => member.Kind switch
    {
        MemberKind.Object => EntityFilterInput(member.ValueType),
        MemberKind.ObjectList => EntityFilterInput(member.ValueType) is { } element ? ListInput("ListFilterInputTypeOf" + element, element) : null,
        MemberKind.ScalarList => OperationInput(member, member.ElementKind) is { } element ? ListInput("List" + element, element) : null,
        _ => OperationInput(member, member.Kind),
    };

    private string? OperationInput(DataMember member, MemberKind kind)
    {
        var valueType = Nullable.GetUnderlyingType(member.ValueType) ?? member.ValueType;
        switch (kind)
        {
            case MemberKind.String:
                return Operations("StringOperationFilterInput", "String", [FilterOperations.And, FilterOperations.Or, .. FilterOperations.StringOperations]);
            case MemberKind.Boolean:
                return Operations("BooleanOperationFilterInput", "Boolean", [FilterOperations.Eq, FilterOperations.Neq]);
            case MemberKind.Enum:
                var enumName = context.GetTypeName(valueType, isInput: true);
                return Operations(enumName + "OperationFilterInput", enumName + "!", FilterOperations.Equality);
            case MemberKind.Comparable:
                // long has no scalar unless the member names one with [GraphQLType]; it is then not filterable. IDs are
                // opaque: equality only, whatever the key behind them.
                return ScalarNames.Of(context, member) switch
                {
                    null => null,
                    "ID" => IdInput(),
                    var scalar => Operations(OperationPrefix(scalar) + "OperationFilterInput", scalar, [.. FilterOperations.Equality, .. FilterOperations.Comparison]),
                };
            default:
                return null;
        }
    }

    private string IdInput() => Operations("IdOperationFilterInput", "ID", FilterOperations.Equality);

    // HotChocolate spells the prefix as a word: UUID -> Uuid, so UuidOperationFilterInput.
    private static string OperationPrefix(string scalar)
        => scalar.Length > 1 && scalar.All(char.IsUpper) ? scalar[0] + scalar[1..].ToLowerInvariant() : scalar;

    private string Operations(string name, string valueType, IEnumerable<string> operations)
    {
        var sdl = new StringBuilder();
        sdl.Append("input ").Append(name).Append(" {\n");
        // Enums list their values non-null ("[TicketStatus!]"), the others nullable ("[Int]"), as HotChocolate does.
        var single = valueType.TrimEnd('!');
        foreach (var operation in operations)
        {
            var type = operation switch
            {
                FilterOperations.In or FilterOperations.Nin => "[" + valueType + "]",
                FilterOperations.And or FilterOperations.Or => "[" + name + "!]",
                _ => single,
            };
            sdl.Append("  ").Append(operation).Append(": ").Append(type).Append('\n');
        }

        sdl.Append('}');
        GeneratedTypes.Add(context, name, sdl.ToString(), origin);
        return name;
    }

    private string ListInput(string name, string element)
    {
        var sdl = $"input {name} {{\n  all: {element}\n  none: {element}\n  some: {element}\n  any: Boolean\n}}";
        GeneratedTypes.Add(context, name, sdl, origin);
        return name;
    }
}
