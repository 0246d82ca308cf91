using KtPortal.GraphQL.Data.Tests.TestModel;

namespace KtPortal.GraphQL.Data.Tests.Filtering;

/// <summary>
/// The desk model written out by hand for the oracle: which GraphQL field reads which value, with navigations
/// followed through id lookups over <see cref="DeskData"/> (its objects carry ids, not references). It shares
/// nothing with the filter expression builder, which discovers members by reflection.
/// </summary>
public sealed class DeskModel
{
    public DeskModel(DeskData data)
    {
        Data = data;
        var users = data.Users.ToDictionary(u => u.Id);
        var organizations = data.Organizations.ToDictionary(o => o.Id);
        var messagesByTicket = data.Messages.ToLookup(m => m.TicketId);
        var usersByOrganization = data.Users.ToLookup(u => u.OrganizationId);

        Entities = new Dictionary<string, OracleEntity>
        {
            ["Ticket"] = new(
                "Ticket",
                [
                    new("id", OracleValue.Int, o => ((Ticket)o).Id),
                    new("number", OracleValue.Int, o => ((Ticket)o).Number),
                    new("organizationId", OracleValue.Int, o => ((Ticket)o).OrganizationId),
                    new("requesterId", OracleValue.Int, o => ((Ticket)o).RequesterId),
                    new("title", OracleValue.String, o => ((Ticket)o).Title),
                    new("description", OracleValue.String, o => ((Ticket)o).Description),
                    new("status", OracleValue.Enum, o => ((Ticket)o).Status),
                    new("priority", OracleValue.Enum, o => ((Ticket)o).Priority),
                    new("isBillable", OracleValue.Boolean, o => ((Ticket)o).IsBillable),
                    new("estimatedMinutes", OracleValue.NullableInt, o => ((Ticket)o).EstimatedMinutes),
                    new("createdAt", OracleValue.Time, o => ((Ticket)o).CreatedAt),
                    new("resolvedAt", OracleValue.NullableTime, o => ((Ticket)o).ResolvedAt),
                ],
                [
                    new("organization", "Organization", o => organizations[((Ticket)o).OrganizationId]),
                    new("requester", "User", o => users[((Ticket)o).RequesterId]),
                ],
                [
                    new("tags", null, o => ((Ticket)o).Tags),
                    new("messages", "Message", o => messagesByTicket[((Ticket)o).Id]),
                ]),
            ["User"] = new(
                "User",
                [
                    new("id", OracleValue.Int, o => ((User)o).Id),
                    new("organizationId", OracleValue.Int, o => ((User)o).OrganizationId),
                    new("email", OracleValue.String, o => ((User)o).Email),
                    new("displayName", OracleValue.String, o => ((User)o).DisplayName),
                    new("isStaff", OracleValue.Boolean, o => ((User)o).IsStaff),
                ],
                [new("organization", "Organization", o => organizations[((User)o).OrganizationId])],
                []),
            ["Organization"] = new(
                "Organization",
                [
                    new("id", OracleValue.Int, o => ((Organization)o).Id),
                    new("name", OracleValue.String, o => ((Organization)o).Name),
                    new("kind", OracleValue.Enum, o => ((Organization)o).Kind),
                    new("createdAt", OracleValue.Time, o => ((Organization)o).CreatedAt),
                ],
                [],
                [new("users", "User", o => usersByOrganization[((Organization)o).Id])]),
            ["Message"] = new(
                "Message",
                [
                    new("id", OracleValue.Int, o => ((Message)o).Id),
                    new("authorId", OracleValue.Int, o => ((Message)o).AuthorId),
                    new("body", OracleValue.String, o => ((Message)o).Body),
                    new("isInternal", OracleValue.Boolean, o => ((Message)o).IsInternal),
                    new("createdAt", OracleValue.Time, o => ((Message)o).CreatedAt),
                ],
                [new("author", "User", o => users[((Message)o).AuthorId])],
                []),
        };
        Instances = new Dictionary<string, IReadOnlyList<object>>
        {
            ["Ticket"] = data.Tickets,
            ["User"] = data.Users,
            ["Organization"] = data.Organizations,
            ["Message"] = data.Messages,
        };
    }

    public DeskData Data { get; }

    public IReadOnlyDictionary<string, OracleEntity> Entities { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<object>> Instances { get; }

    /// <summary>The GraphQL name of an enum value: <c>InProgress</c> → <c>IN_PROGRESS</c>.</summary>
    public static string EnumName(object value)
    {
        var name = value.ToString()!;
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(name[i]));
        }

        return builder.ToString();
    }
}
