namespace KtPortal.Domain.Identity;

/// <summary>What an organization is to the agency.</summary>
public enum OrganizationKind
{
    /// <summary>The operator, Kre8ivTech itself.</summary>
    Agency,

    /// <summary>A customer of the agency, or of a partner.</summary>
    Client,

    /// <summary>A reseller that holds client organizations and acts for them.</summary>
    Partner,
}
