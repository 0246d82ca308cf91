using KtPortal.Domain.Persistence;
using KtPortal.Domain.Support;

namespace KtPortal.Api.Support;

/// <summary>The event-bus topics of the support desk.</summary>
internal static class TicketTopics
{
    /// <summary>Every new ticket.</summary>
    public const string Created = "support/tickets/created";

    /// <summary>Every change of one ticket.</summary>
    public static string Ticket(Guid id) => $"support/tickets/{id:N}";

    /// <summary>Every change to the queue of one priority.</summary>
    public static string Queue(TicketPriority priority) => $"support/queue/{EnumText.ToText(priority)}";
}
