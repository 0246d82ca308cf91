using System.Globalization;
using System.Text.Json.Nodes;
using KtPortal.GraphQL.Data.Tests.TestModel;

namespace KtPortal.GraphQL.Data.Tests.Fields;

/// <summary>
/// The representative query's answer worked out from <see cref="DeskData"/> in memory, by brute force: no LINQ
/// provider, no GraphQL, no paging code. Ties on creation time break on the id, ascending.
/// </summary>
internal static class RepresentativeOracle
{
    /// <summary>The <c>tickets</c> connection: the page after <paramref name="skip"/> tickets of the matches.</summary>
    public static JsonObject Tickets(
        DeskData data, ISet<TicketStatus> statuses, int first, int skip, int messages, bool ticketTotal, bool messageTotal, bool publicMessagesOnly)
    {
        var matches = data.Tickets.Where(t => statuses.Contains(t.Status)).ToList();
        matches.Sort((a, b) => b.CreatedAt != a.CreatedAt ? b.CreatedAt.CompareTo(a.CreatedAt) : a.Id.CompareTo(b.Id));
        var byTicket = data.Messages.Where(m => !publicMessagesOnly || !m.IsInternal).ToLookup(m => m.TicketId);
        var users = data.Users.ToDictionary(u => u.Id);

        var nodes = new JsonArray();
        foreach (var ticket in matches.Skip(skip).Take(first))
        {
            var thread = byTicket[ticket.Id].ToList();
            thread.Sort((a, b) => b.CreatedAt != a.CreatedAt ? b.CreatedAt.CompareTo(a.CreatedAt) : a.Id.CompareTo(b.Id));
            var page = new JsonArray();
            foreach (var message in thread.Take(messages))
            {
                page.Add(new JsonObject
                {
                    ["body"] = message.Body,
                    ["createdAt"] = message.CreatedAt.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'", CultureInfo.InvariantCulture),
                });
            }

            var connection = new JsonObject { ["nodes"] = page, ["pageInfo"] = new JsonObject { ["hasNextPage"] = thread.Count > messages } };
            if (messageTotal)
            {
                connection["totalCount"] = thread.Count;
            }

            nodes.Add(new JsonObject
            {
                ["number"] = ticket.Number,
                ["title"] = ticket.Title,
                ["requester"] = new JsonObject { ["displayName"] = users[ticket.RequesterId].DisplayName },
                ["messages"] = connection,
            });
        }

        var tickets = new JsonObject { ["nodes"] = nodes, ["pageInfo"] = new JsonObject { ["hasNextPage"] = matches.Count > skip + first } };
        if (ticketTotal)
        {
            tickets["totalCount"] = matches.Count;
        }

        return tickets;
    }
}
