using KtPortal.Domain.Support;
using KtPortal.GraphQL;

namespace KtPortal.Api.Support.Sla.GraphQL;

/// <summary>The SLA targets of one priority, in minutes of running clock (the clock pauses while waiting on the client).</summary>
/// <param name="Priority">The priority the policy applies to.</param>
/// <param name="FirstResponseMinutes">Minutes from creation to the first public staff reply.</param>
/// <param name="ResolutionMinutes">Minutes from creation to resolution.</param>
/// <param name="UpdatedAt">When the targets last changed; tickets filed before keep the due times they were given.</param>
[GraphQLName("SlaPolicy")]
public sealed record SlaPolicyObject(TicketPriority Priority, int FirstResponseMinutes, int ResolutionMinutes, DateTimeOffset UpdatedAt)
{
    internal static SlaPolicyObject From(SlaPolicy policy)
        => new(policy.Priority, policy.FirstResponseMinutes, policy.ResolutionMinutes, policy.UpdatedAt);
}
