using KtPortal.Api.Identity.GraphQL;
using KtPortal.Domain.Plans;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;

namespace KtPortal.Api.Plans.GraphQL;

/// <summary>Minutes a staff member worked on a ticket on one day.</summary>
/// <param name="Id">The entry's ID.</param>
/// <param name="TicketId">The ticket's global ID.</param>
/// <param name="Minutes">Minutes worked.</param>
/// <param name="WorkDate">The day of the work; it decides the billing period.</param>
/// <param name="Description">What was done.</param>
/// <param name="Billable">Whether the client is billed for it.</param>
/// <param name="RateType">The rate it bills at.</param>
/// <param name="CreatedAt">When it was logged.</param>
/// <param name="UserId">The staff member's global ID.</param>
[GraphQLName("TimeEntry")]
public sealed record TimeEntryObject(
    [property: ID("TimeEntry")] Guid Id,
    [property: ID("Ticket")] Guid TicketId,
    int Minutes,
    DateOnly WorkDate,
    string Description,
    bool Billable,
    RateType RateType,
    DateTimeOffset CreatedAt,
    [property: GraphQLIgnore] Guid UserId)
{
    /// <summary>The staff member who did the work.</summary>
    public Task<UserNode?> UserAsync(IResolverContext context, CancellationToken cancellationToken)
        => IdentityReader.FindUserAsync(context, UserId, cancellationToken);

    /// <summary>The GraphQL view of <paramref name="entry"/>.</summary>
    public static TimeEntryObject From(TimeEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Id, entry.TicketId, entry.Minutes, entry.WorkDate, entry.Description, entry.Billable, entry.RateType, entry.CreatedAt, entry.UserId);
    }
}
