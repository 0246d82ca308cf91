namespace KtPortal.GraphQL.Data.Tests.TestModel;

// A small support-desk model, standing in for the domain: the data-fetching layer must work on any EF Core
// model, so its tests own theirs.

/// <summary>What an organization is to the agency.</summary>
public enum OrganizationKind
{
    /// <summary>The operator.</summary>
    Agency,

    /// <summary>A customer.</summary>
    Client,

    /// <summary>A reseller.</summary>
    Partner,
}

/// <summary>Where a ticket is in its life.</summary>
public enum TicketStatus
{
    /// <summary>Filed, not yet looked at.</summary>
    New,

    /// <summary>Accepted into the queue.</summary>
    Open,

    /// <summary>Being worked on.</summary>
    InProgress,

    /// <summary>Waiting for the client's answer.</summary>
    WaitingOnClient,

    /// <summary>Fixed.</summary>
    Resolved,

    /// <summary>Done.</summary>
    Closed,
}

/// <summary>How urgent a ticket is.</summary>
public enum TicketPriority
{
    /// <summary>Whenever.</summary>
    Low,

    /// <summary>Soon.</summary>
    Medium,

    /// <summary>Today.</summary>
    High,

    /// <summary>Now.</summary>
    Urgent,
}

/// <summary>A tenant.</summary>
public sealed class Organization
{
    /// <summary>The key.</summary>
    public int Id { get; set; }

    /// <summary>The display name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Agency, client or partner.</summary>
    public OrganizationKind Kind { get; set; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Its people.</summary>
    public List<User> Users { get; set; } = [];

    /// <summary>Its tickets.</summary>
    public List<Ticket> Tickets { get; set; } = [];
}

/// <summary>A person.</summary>
public sealed class User
{
    /// <summary>The key.</summary>
    public int Id { get; set; }

    /// <summary>The organization the user belongs to.</summary>
    public int OrganizationId { get; set; }

    /// <summary>The organization the user belongs to.</summary>
    public Organization? Organization { get; set; }

    /// <summary>The sign-in address.</summary>
    public string Email { get; set; } = string.Empty;

    /// <summary>The name shown to others.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Whether the user is agency staff.</summary>
    public bool IsStaff { get; set; }
}

/// <summary>A support ticket.</summary>
public sealed class Ticket
{
    /// <summary>The key.</summary>
    public int Id { get; set; }

    /// <summary>The human-readable number within the desk.</summary>
    public int Number { get; set; }

    /// <summary>The client organization.</summary>
    public int OrganizationId { get; set; }

    /// <summary>The client organization.</summary>
    public Organization? Organization { get; set; }

    /// <summary>Who filed it.</summary>
    public int RequesterId { get; set; }

    /// <summary>Who filed it.</summary>
    public User? Requester { get; set; }

    /// <summary>A one-line summary.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>The full description.</summary>
    public string Description { get; set; } = string.Empty;

    /// <summary>Where the ticket is in its life.</summary>
    public TicketStatus Status { get; set; }

    /// <summary>How urgent it is.</summary>
    public TicketPriority Priority { get; set; }

    /// <summary>Whether it is covered by a plan.</summary>
    public bool IsBillable { get; set; }

    /// <summary>Minutes estimated, when set.</summary>
    public int? EstimatedMinutes { get; set; }

    /// <summary>Free-form labels.</summary>
    public List<string> Tags { get; set; } = [];

    /// <summary>When it was filed.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it was resolved, if it was.</summary>
    public DateTimeOffset? ResolvedAt { get; set; }

    /// <summary>Replies and internal notes.</summary>
    public List<Message> Messages { get; set; } = [];
}

/// <summary>A reply or an internal note on a ticket.</summary>
public sealed class Message
{
    /// <summary>The key.</summary>
    public int Id { get; set; }

    /// <summary>The ticket.</summary>
    public int TicketId { get; set; }

    /// <summary>The ticket.</summary>
    public Ticket? Ticket { get; set; }

    /// <summary>Who wrote it.</summary>
    public int AuthorId { get; set; }

    /// <summary>Who wrote it.</summary>
    public User? Author { get; set; }

    /// <summary>The text.</summary>
    public string Body { get; set; } = string.Empty;

    /// <summary>Whether only staff may read it.</summary>
    public bool IsInternal { get; set; }

    /// <summary>When it was written.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
