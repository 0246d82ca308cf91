namespace KtPortal.Domain.Support;

/// <summary>The answer of <see cref="TicketStatusTransitions.Check"/>.</summary>
public enum TransitionCheck
{
    /// <summary>The actor may make the change.</summary>
    Allowed,

    /// <summary>The ticket already has that status.</summary>
    Unchanged,

    /// <summary>The transition table has no such change, for anyone.</summary>
    NotInTable,

    /// <summary>The change exists, but only staff may make it.</summary>
    StaffOnly,
}
