namespace KtPortal.GraphQL.CostAnalysis;

/// <summary>
/// Whether a request asks for its cost, as HotChocolate's <c>GraphQL-Cost</c> request header does: the cost goes
/// into the response's <c>extensions.operationCost</c>.
/// </summary>
public enum CostReportMode
{
    /// <summary>The cost is checked against the limits but not reported.</summary>
    None,

    /// <summary>The operation runs and the response reports its cost (<c>GraphQL-Cost: report</c>).</summary>
    Report,

    /// <summary>
    /// The cost is computed, checked and reported, and the operation does not run: the response has no
    /// <c>data</c> (<c>GraphQL-Cost: validate</c>).
    /// </summary>
    Validate,
}
