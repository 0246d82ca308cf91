namespace KtPortal.Domain.Support;

/// <summary>A client's satisfaction rating (CSAT) of one resolution of a ticket.</summary>
public sealed class TicketRating
{
    /// <summary>The longest comment.</summary>
    public const int MaxCommentLength = 2000;

    // For EF Core materialization.
    private TicketRating()
    {
    }

    private TicketRating(Guid id, Ticket ticket, int score, string? comment, Guid ratedById, DateTimeOffset now)
    {
        Id = id;
        TicketId = ticket.Id;
        OrganizationId = ticket.OrganizationId;
        Resolution = ticket.Resolutions;
        Score = score;
        Comment = comment;
        RatedById = ratedById;
        CreatedAt = now;
    }

    /// <summary>The rating's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>The ticket.</summary>
    public Guid TicketId { get; private set; }

    /// <summary>The ticket's organization.</summary>
    public Guid OrganizationId { get; private set; }

    /// <summary>Which resolution of the ticket it rates (1 for the first); unique per ticket.</summary>
    public int Resolution { get; private set; }

    /// <summary>1 (bad) to 5 (great).</summary>
    public int Score { get; private set; }

    /// <summary>What the client said.</summary>
    public string? Comment { get; private set; }

    /// <summary>Who rated.</summary>
    public Guid RatedById { get; private set; }

    /// <summary>When.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Why a score or comment is invalid, or <see langword="null"/> when they are valid.</summary>
    public static string? Validate(int score, string? comment) =>
        score is < 1 or > 5 ? "A rating is from 1 to 5."
        : comment is { Length: > MaxCommentLength } ? "A comment may be at most 2,000 characters."
        : null;

    /// <summary>Rates the current resolution of <paramref name="ticket"/>.</summary>
    /// <exception cref="ArgumentException">A value breaks a rule of <see cref="Validate"/>.</exception>
    /// <exception cref="InvalidOperationException">The ticket is not resolved or closed.</exception>
    public static TicketRating Rate(Guid id, Ticket ticket, int score, string? comment, Guid ratedById, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (Validate(score, comment) is { } problem)
        {
            throw new ArgumentException(problem);
        }

        if (!ticket.IsRateable)
        {
            throw new InvalidOperationException("Only a resolved or closed ticket can be rated.");
        }

        return new TicketRating(id, ticket, score, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), ratedById, now);
    }
}
