using System.Text.Json;

namespace KtPortal.Domain.Support;

/// <summary>
/// A support ticket of one client organization. Its behaviour methods keep its rules: status changes follow
/// <see cref="TicketStatusTransitions"/>, the SLA clock pauses while waiting on the client, the first public staff
/// reply records the first response, and every change bumps <see cref="Version"/> (the concurrency token).
/// </summary>
public sealed class Ticket
{
    /// <summary>The most tags a ticket carries.</summary>
    public const int MaxTags = 20;

    /// <summary>The longest title, trimmed.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>The longest tag.</summary>
    public const int MaxTagLength = 50;

    // For EF Core materialization.
    private Ticket()
    {
        Title = string.Empty;
        Description = string.Empty;
        Category = string.Empty;
        Tags = [];
        CustomFields = "{}";
    }

    private Ticket(Guid id, Guid organizationId, Guid requesterId, string title, string description, TicketType type,
        string category, TicketPriority priority, TicketSource source, DateTimeOffset now)
    {
        Id = id;
        OrganizationId = organizationId;
        RequesterId = requesterId;
        Title = title;
        Description = description;
        Type = type;
        Category = category;
        Priority = priority;
        Status = TicketStatus.New;
        Source = source;
        Tags = [];
        CustomFields = "{}";
        CreatedAt = now;
        UpdatedAt = now;
    }

    /// <summary>The ticket's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>The client organization the ticket belongs to.</summary>
    public Guid OrganizationId { get; private set; }

    /// <summary>The human-readable number (shown as <c>KT-1001</c>), given by the database's sequence on insert.</summary>
    public int Number { get; private set; }

    /// <summary>A one-line summary.</summary>
    public string Title { get; private set; }

    /// <summary>What the requester asks for, in full.</summary>
    public string Description { get; private set; }

    /// <summary>Service request or troubleshooting.</summary>
    public TicketType Type { get; private set; }

    /// <summary>A category from the configured list.</summary>
    public string Category { get; private set; }

    /// <summary>The priority.</summary>
    public TicketPriority Priority { get; private set; }

    /// <summary>The status.</summary>
    public TicketStatus Status { get; private set; }

    /// <summary>How the ticket came in.</summary>
    public TicketSource Source { get; private set; }

    /// <summary>The user who filed it.</summary>
    public Guid RequesterId { get; private set; }

    /// <summary>The staff user working it, if any.</summary>
    public Guid? AssigneeId { get; private set; }

    /// <summary>Free-form labels, lower case, without duplicates.</summary>
    public string[] Tags { get; private set; }

    /// <summary>Custom fields as a JSON object.</summary>
    public string CustomFields { get; private set; }

    /// <summary>When it was filed.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When it last changed.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When the first staff response is due (pushed forward by pauses that ended before it).</summary>
    public DateTimeOffset FirstResponseDueAt { get; private set; }

    /// <summary>When resolution is due (pushed forward by every pause when it ends).</summary>
    public DateTimeOffset ResolutionDueAt { get; private set; }

    /// <summary>When staff first replied publicly.</summary>
    public DateTimeOffset? FirstRespondedAt { get; private set; }

    /// <summary>When it was last resolved (or closed unresolved); cleared when reopened.</summary>
    public DateTimeOffset? ResolvedAt { get; private set; }

    /// <summary>When it was closed; cleared when reopened.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>When the SLA clock stopped (the ticket is waiting on the client), or <see langword="null"/> while it runs.</summary>
    public DateTimeOffset? SlaPausedAt { get; private set; }

    /// <summary>The seconds the SLA clock has been paused in total, not counting a pause still running.</summary>
    public int SlaPausedSeconds { get; private set; }

    /// <summary>Whether the first response came (or has not yet come) after its due time.</summary>
    public bool FirstResponseBreached { get; private set; }

    /// <summary>Whether resolution came (or has not yet come) after its due time.</summary>
    public bool ResolutionBreached { get; private set; }

    /// <summary>Staff's estimate of the work, in minutes.</summary>
    public int? EstimatedMinutes { get; private set; }

    /// <summary>How many times the ticket was resolved; a rating belongs to one resolution.</summary>
    public int Resolutions { get; private set; }

    /// <summary>The concurrency token: every change increments it.</summary>
    public int Version { get; private set; }

    /// <summary>The number as people write it: <c>KT-1001</c>.</summary>
    public string DisplayNumber => FormatNumber(Number);

    /// <summary>Whether the ticket waits in the queue (NEW or OPEN).</summary>
    public bool IsQueued => Status is TicketStatus.New or TicketStatus.Open;

    /// <summary>Whether the client may rate the current resolution (if they have not already).</summary>
    public bool IsRateable => Status is TicketStatus.Resolved or TicketStatus.Closed && Resolutions > 0;

    /// <summary>Formats a ticket number as <c>KT-1001</c>.</summary>
    public static string FormatNumber(int number) => $"KT-{number}";

    /// <summary>Files a new ticket, with SLA due times from <paramref name="policy"/>.</summary>
    /// <exception cref="ArgumentException">A value breaks a rule of <see cref="Validate"/>, or the policy is for another priority.</exception>
    public static Ticket Create(Guid id, Guid organizationId, Guid requesterId, string title, string description, TicketType type,
        string category, TicketPriority priority, TicketSource source, SlaPolicy policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (Validate(title, description, category) is { } problem)
        {
            throw new ArgumentException(problem);
        }

        if (policy.Priority != priority)
        {
            throw new ArgumentException($"The SLA policy is for {policy.Priority}, not {priority}.", nameof(policy));
        }

        return new Ticket(id, organizationId, requesterId, title.Trim(), description.Trim(), type, category.Trim(), priority, source, now)
        {
            FirstResponseDueAt = policy.FirstResponseDue(now),
            ResolutionDueAt = policy.ResolutionDue(now),
        };
    }

    /// <summary>Why a title, description or category is invalid, or <see langword="null"/> when they are valid.</summary>
    public static string? Validate(string? title, string? description, string? category) =>
        string.IsNullOrWhiteSpace(title) ? "A ticket needs a title."
        : title.Trim().Length > MaxTitleLength ? $"A title may be at most {MaxTitleLength} characters."
        : description is null || description.Trim().Length > 20000 ? "A description may be at most 20,000 characters."
        : string.IsNullOrWhiteSpace(category) || category.Trim().Length > 50 ? "A ticket needs a category of at most 50 characters."
        : null;

    /// <summary>
    /// Changes the status if <paramref name="actor"/> may (see <see cref="TicketStatusTransitions.Check"/>); nothing
    /// changes otherwise. Resolving records <see cref="ResolvedAt"/>, closing <see cref="ClosedAt"/> (and resolves an
    /// unresolved ticket), reopening clears both; entering <see cref="TicketStatus.WaitingOnClient"/> pauses the
    /// SLA clock and leaving it resumes the clock with the due times pushed forward by the pause.
    /// </summary>
    public TransitionCheck TransitionTo(TicketStatus status, TicketActor actor, DateTimeOffset now)
    {
        var check = TicketStatusTransitions.Check(Status, status, actor);
        if (check != TransitionCheck.Allowed)
        {
            return check;
        }

        if (Status == TicketStatus.WaitingOnClient)
        {
            ResumeSla(now);
        }

        if (status == TicketStatus.WaitingOnClient)
        {
            SlaPausedAt = now;
        }

        switch (status)
        {
            case TicketStatus.Resolved:
                ResolvedAt = now;
                Resolutions++;
                break;
            case TicketStatus.Closed:
                if (ResolvedAt is null)
                {
                    ResolvedAt = now;
                    Resolutions++;
                }

                ClosedAt = now;
                break;
            case TicketStatus.Open when Status is TicketStatus.Resolved or TicketStatus.Closed:
                ResolvedAt = null;
                ClosedAt = null;
                break;
        }

        Status = status;
        Touch(now);
        return TransitionCheck.Allowed;
    }

    /// <summary>Assigns the ticket to a staff user, or unassigns it with <see langword="null"/>.</summary>
    /// <returns>Whether the assignee changed.</returns>
    public bool AssignTo(Guid? assigneeId, DateTimeOffset now)
    {
        if (AssigneeId == assigneeId)
        {
            return false;
        }

        AssigneeId = assigneeId;
        Touch(now);
        return true;
    }

    /// <summary>Records a message; the first public staff reply is the first response.</summary>
    /// <returns>Whether this message was the first response.</returns>
    public bool RecordMessage(TicketActor author, bool isInternal, DateTimeOffset now)
    {
        var first = author == TicketActor.Staff && !isInternal && FirstRespondedAt is null;
        if (first)
        {
            FirstRespondedAt = now;
        }

        Touch(now);
        return first;
    }

    /// <summary>
    /// Changes the priority to <paramref name="policy"/>'s and moves the SLA targets still open to that policy:
    /// a due time becomes creation plus the new target plus the time the clock was paused, as if the ticket had been
    /// filed at that priority. A target already met (first response given, ticket resolved) keeps its due time. A
    /// breach flag whose new due time is still ahead is cleared, so the breach job flags the ticket again if the new
    /// target passes; the timeline keeps the earlier breach.
    /// </summary>
    /// <returns>Whether the priority changed.</returns>
    public bool ChangePriority(SlaPolicy policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (Priority == policy.Priority)
        {
            return false;
        }

        Priority = policy.Priority;
        var paused = TimeSpan.FromSeconds(SlaPausedSeconds);
        if (FirstRespondedAt is null && ResolvedAt is null)
        {
            FirstResponseDueAt = policy.FirstResponseDue(CreatedAt) + paused;
            FirstResponseBreached &= FirstResponseDueAt <= now;
        }

        if (ResolvedAt is null)
        {
            ResolutionDueAt = policy.ResolutionDue(CreatedAt) + paused;
            ResolutionBreached &= ResolutionDueAt <= now;
        }

        Touch(now);
        return true;
    }

    /// <summary>Replaces the tags, trimmed, lower-cased and without duplicates.</summary>
    /// <exception cref="ArgumentException">More than <see cref="MaxTags"/> tags, or one is empty or longer than <see cref="MaxTagLength"/> characters.</exception>
    public void SetTags(IEnumerable<string> tags, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var normalized = tags.Select(t => t.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToArray();
        if (normalized.Length > MaxTags || normalized.Any(t => t.Length is 0 or > MaxTagLength))
        {
            throw new ArgumentException($"A ticket has at most {MaxTags} tags of 1 to {MaxTagLength} characters.", nameof(tags));
        }

        Tags = normalized;
        Touch(now);
    }

    /// <summary>Replaces the custom fields with a JSON object.</summary>
    /// <exception cref="ArgumentException">The text is not a JSON object.</exception>
    public void SetCustomFields(string json, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ArgumentException("Custom fields must be a JSON object.", nameof(json));
            }
        }
        catch (JsonException exception)
        {
            throw new ArgumentException("Custom fields must be a JSON object.", nameof(json), exception);
        }

        CustomFields = json;
        Touch(now);
    }

    /// <summary>Sets staff's estimate, or clears it with <see langword="null"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The estimate is not positive.</exception>
    public void Estimate(int? minutes, DateTimeOffset now)
    {
        if (minutes is { } value)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value, nameof(minutes));
        }

        EstimatedMinutes = minutes;
        Touch(now);
    }

    /// <summary>Flags the first response as late (the SLA job calls it once per breach).</summary>
    /// <returns>Whether the flag was newly set.</returns>
    public bool MarkFirstResponseBreached(DateTimeOffset now)
    {
        if (FirstResponseBreached)
        {
            return false;
        }

        FirstResponseBreached = true;
        Touch(now);
        return true;
    }

    /// <summary>Flags the resolution as late (the SLA job calls it once per breach).</summary>
    /// <returns>Whether the flag was newly set.</returns>
    public bool MarkResolutionBreached(DateTimeOffset now)
    {
        if (ResolutionBreached)
        {
            return false;
        }

        ResolutionBreached = true;
        Touch(now);
        return true;
    }

    private void ResumeSla(DateTimeOffset now)
    {
        if (SlaPausedAt is not { } pausedAt)
        {
            return;
        }

        // Counted as SlaClock counts it (whole seconds, rounded up), and the due times move by exactly that, so that a due
        // time is always creation + target + SlaPausedSeconds (ChangePriority relies on it).
        var seconds = SlaClock.PausedSecondsBetween(pausedAt, now);
        var paused = TimeSpan.FromSeconds(seconds);
        SlaPausedSeconds = checked(SlaPausedSeconds + (int)seconds);
        if (FirstRespondedAt is null)
        {
            FirstResponseDueAt += paused;
        }

        ResolutionDueAt += paused;
        SlaPausedAt = null;
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}
