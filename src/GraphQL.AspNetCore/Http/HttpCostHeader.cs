using KtPortal.GraphQL.CostAnalysis;
using Microsoft.AspNetCore.Http;

namespace KtPortal.GraphQL.AspNetCore.Http;

/// <summary>
/// The <c>GraphQL-Cost</c> request header, as HotChocolate reads it: <c>report</c> runs the operation and reports
/// its cost in <c>extensions.operationCost</c>; <c>validate</c> only computes, checks and reports the cost.
/// Any other value, or none, asks for nothing.
/// </summary>
internal static class HttpCostHeader
{
    public const string Name = "GraphQL-Cost";

    public static CostReportMode Read(HttpRequest request)
    {
        var value = request.Headers[Name];
        if (value.Count == 0)
        {
            return CostReportMode.None;
        }

        var text = value.ToString().Trim();
        if (text.Equals("report", StringComparison.OrdinalIgnoreCase))
        {
            return CostReportMode.Report;
        }

        return text.Equals("validate", StringComparison.OrdinalIgnoreCase) ? CostReportMode.Validate : CostReportMode.None;
    }
}
