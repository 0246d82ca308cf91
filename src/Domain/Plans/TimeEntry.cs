using KtPortal.Domain.Support;

namespace KtPortal.Domain.Plans;

/// <summary>Minutes a staff member worked on a ticket on one day.</summary>
public sealed class TimeEntry
{
    /// <summary>The most minutes one entry may hold: a whole day.</summary>
    public const int MaxMinutes = 24 * 60;

    /// <summary>The longest description.</summary>
    public const int MaxDescriptionLength = 2000;

    // For EF Core materialization.
    private TimeEntry()
    {
        Description = string.Empty;
    }

    private TimeEntry(Guid id, Ticket ticket, Guid userId, int minutes, DateOnly workDate, string description, bool billable, RateType rateType, DateTimeOffset now)
    {
        Id = id;
        TicketId = ticket.Id;
        OrganizationId = ticket.OrganizationId;
        UserId = userId;
        Minutes = minutes;
        WorkDate = workDate;
        Description = description;
        Billable = billable;
        RateType = rateType;
        CreatedAt = now;
    }

    /// <summary>The entry's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>The ticket worked on.</summary>
    public Guid TicketId { get; private set; }

    /// <summary>The ticket's organization (repeated so row-level security and usage need no join).</summary>
    public Guid OrganizationId { get; private set; }

    /// <summary>The staff member who did the work.</summary>
    public Guid UserId { get; private set; }

    /// <summary>The minutes worked, 1 to 1,440.</summary>
    public int Minutes { get; private set; }

    /// <summary>The day the work was done (it decides the billing period).</summary>
    public DateOnly WorkDate { get; private set; }

    /// <summary>What was done.</summary>
    public string Description { get; private set; }

    /// <summary>Whether the client is billed for it (and, on a covered ticket, whether it deducts from the plan).</summary>
    public bool Billable { get; private set; }

    /// <summary>The rate it bills at.</summary>
    public RateType RateType { get; private set; }

    /// <summary>When it was logged.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The rate type a ticket's time bills at unless staff say otherwise.</summary>
    public static RateType DefaultRateType(TicketType type) => type switch
    {
        TicketType.ServiceRequest => RateType.Development,
        TicketType.Troubleshooting => RateType.Support,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown ticket type."),
    };

    /// <summary>
    /// The first problem with an entry, or <see langword="null"/> when it is valid: minutes must be 1 to 1,440, the
    /// work date not after <paramref name="today"/>, and the description 1 to 2,000 characters.
    /// </summary>
    public static TimeEntryProblem? Validate(int minutes, DateOnly workDate, string? description, DateOnly today)
    {
        if (minutes is < 1 or > MaxMinutes)
        {
            return TimeEntryProblem.Minutes;
        }

        if (workDate > today)
        {
            return TimeEntryProblem.WorkDateInFuture;
        }

        return string.IsNullOrWhiteSpace(description) || description.Trim().Length > MaxDescriptionLength
            ? TimeEntryProblem.Description
            : null;
    }

    /// <summary>Logs time on <paramref name="ticket"/>; the rate type defaults from the ticket's type.</summary>
    /// <exception cref="ArgumentException">The entry is invalid (see <see cref="Validate"/>).</exception>
    public static TimeEntry Log(
        Guid id, Ticket ticket, Guid userId, int minutes, DateOnly workDate, string description, bool billable, RateType? rateType, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (Validate(minutes, workDate, description, today) is { } problem)
        {
            throw new ArgumentException($"The time entry is invalid: {problem}.");
        }

        return new TimeEntry(id, ticket, userId, minutes, workDate, description.Trim(), billable, rateType ?? DefaultRateType(ticket.Type), now);
    }
}
