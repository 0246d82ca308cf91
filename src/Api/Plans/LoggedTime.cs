using KtPortal.Domain.Plans;
using KtPortal.Domain.Support;

namespace KtPortal.Api.Plans;

/// <summary>A time entry just logged, and the usage of the billing period it was charged to, if the ticket is covered.</summary>
/// <param name="Entry">The entry.</param>
/// <param name="Usage">
/// The usage of the period containing the entry's work date, as recorded in the entry's own transaction, when the
/// client has a plan then.
/// </param>
/// <param name="TicketPriority">The ticket's priority, for the ticket's change announcement.</param>
public sealed record LoggedTime(TimeEntry Entry, PlanUsageView? Usage, TicketPriority TicketPriority);
