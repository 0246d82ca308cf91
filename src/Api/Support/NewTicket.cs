using KtPortal.Domain.Support;

namespace KtPortal.Api.Support;

/// <summary>What <see cref="TicketCommands.CreateAsync"/> files.</summary>
/// <param name="Title">A one-line summary.</param>
/// <param name="Description">The details.</param>
/// <param name="Type">Service request or troubleshooting.</param>
/// <param name="Priority">The priority.</param>
/// <param name="Category">One of the configured categories.</param>
/// <param name="OrganizationId">The client organization; the caller's own when null.</param>
/// <param name="Source">How it came in.</param>
public sealed record NewTicket(string? Title, string? Description, TicketType Type, TicketPriority Priority, string? Category, Guid? OrganizationId, TicketSource Source);
