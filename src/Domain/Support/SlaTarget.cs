namespace KtPortal.Domain.Support;

/// <summary>One of the two targets of an SLA policy.</summary>
public enum SlaTarget
{
    /// <summary>The first staff response.</summary>
    FirstResponse,

    /// <summary>Resolution.</summary>
    Resolution,
}
