namespace KtPortal.Domain.Plans;

/// <summary>Which rate a time entry bills at.</summary>
public enum RateType
{
    /// <summary>New work: the development rate (the default of a <c>SERVICE_REQUEST</c>).</summary>
    Development,

    /// <summary>Break-fix work: the support rate (the default of a <c>TROUBLESHOOTING</c> ticket).</summary>
    Support,
}
