using KtPortal.Domain.Persistence;
using KtPortal.Domain.Support;

namespace KtPortal.Api.Support;

/// <summary>The transition table has no such status change (or the ticket already has that status).</summary>
public sealed class InvalidTicketTransitionException(TicketStatus from, TicketStatus to)
    : Exception($"A ticket cannot go from {EnumText.ToText(from)} to {EnumText.ToText(to)}.");
