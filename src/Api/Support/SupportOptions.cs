namespace KtPortal.Api.Support;

/// <summary>The support desk's settings (<c>Support</c> in configuration).</summary>
public sealed class SupportOptions
{
    /// <summary>The configuration section: <c>Support</c>.</summary>
    public const string SectionName = "Support";

    /// <summary>The categories a ticket may have (<c>Support:Categories</c>); a ticket's category must be one of them.</summary>
    public IList<string> Categories { get; } = [];

    /// <summary>The categories in effect: the configured ones, or the defaults when none are configured.</summary>
    public IReadOnlyList<string> EffectiveCategories => Categories.Count > 0 ? [.. Categories] : Defaults;

    /// <summary>The categories when none are configured.</summary>
    public static IReadOnlyList<string> Defaults { get; } = ["general", "technical", "billing", "hosting", "email", "website", "bug"];
}
