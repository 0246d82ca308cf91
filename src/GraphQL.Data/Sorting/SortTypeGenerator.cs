using System.Text;
using KtPortal.GraphQL.Data.Members;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Data.Sorting;

/// <summary>
/// Generates the sort input of an entity type in HotChocolate's shape: <c>TicketSortInput</c> with a
/// <c>SortEnumType</c> field per scalar, enum or boolean member and a nested sort input per reference navigation
/// (<c>requester: UserSortInput</c>). Collections cannot be sorted by.
/// </summary>
internal sealed class SortTypeGenerator(IDescriptorContext context, SortingOptions options, string origin)
{
    /// <summary>The direction enum every sort input uses.</summary>
    public const string SortEnumType = "SortEnumType";

    private readonly Dictionary<Type, string?> _entities = [];

    /// <summary>The name of the sort input of <paramref name="entityType"/>, generating it when needed.</summary>
    public string SortInput(Type entityType)
    {
        GeneratedTypes.Add(context, SortEnumType, $"enum {SortEnumType} {{\n  ASC\n  DESC\n}}", origin);
        return EntitySortInput(entityType) ?? throw new InvalidOperationException($"{entityType.Name} has no member to sort by.");
    }

    private string? EntitySortInput(Type entityType)
    {
        if (_entities.TryGetValue(entityType, out var known))
        {
            return known;
        }

        string name;
        try
        {
            name = context.GetTypeName(entityType) + "SortInput";
        }
        catch (InvalidOperationException)
        {
            _entities[entityType] = null;
            return null;
        }

        // Named before its fields are generated, so that cycles (Message.ticket -> Ticket.lastMessage) end here.
        _entities[entityType] = name;
        var fields = new StringBuilder();
        foreach (var member in DataMembers.Of(entityType).Values)
        {
            if (member.IsNotSortable || options.Ignored.Contains(entityType, member.Property))
            {
                continue;
            }

            if (MemberInput(member) is { } input)
            {
                fields.Append("  ").Append(member.Name).Append(": ").Append(input).Append('\n');
            }
        }

        if (fields.Length == 0)
        {
            // An input object needs a field; an entity with nothing to sort by is left out of its parents.
            _entities[entityType] = null;
            return null;
        }

        GeneratedTypes.Add(context, name, $"input {name} {{\n{fields}}}", origin);
        return name;
    }

    private string? MemberInput(DataMember member)
    {
        switch (member.Kind)
        {
            case MemberKind.Object:
                return EntitySortInput(member.ValueType);
            case MemberKind.String or MemberKind.Boolean or MemberKind.Enum:
                return SortEnumType;
            case MemberKind.Comparable:
                // long has no scalar unless the member names one with [GraphQLType]; it is then not sortable either.
                return ScalarNames.Of(context, member) is null ? null : SortEnumType;

            default:
                return null;
        }
    }
}
