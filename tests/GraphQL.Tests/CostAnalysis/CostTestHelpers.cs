using System.Text.Json;
using KtPortal.GraphQL.CostAnalysis;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Tests.CostAnalysis;

internal static class CostTestHelpers
{
    /// <summary>The figures <c>GraphQL-Cost: validate</c> reports, without running the operation.</summary>
    public static async Task<(double FieldCost, double TypeCost)> CostAsync(
        this Schema schema,
        string query,
        IReadOnlyDictionary<string, object?>? variables = null)
        => await new RequestExecutor(schema).CostAsync(query, variables);

    public static async Task<(double FieldCost, double TypeCost)> CostAsync(
        this RequestExecutor executor,
        string query,
        IReadOnlyDictionary<string, object?>? variables = null)
    {
        var result = Assert.IsType<OperationResult>(await executor.ExecuteAsync(new OperationRequest
        {
            Query = query,
            VariableValues = variables,
            CostReport = CostReportMode.Validate,
        }));
        Assert.Empty(result.Errors);
        Assert.False(result.HasData);
        using var json = JsonDocument.Parse(result.ToJson());
        var cost = json.RootElement.GetProperty("extensions").GetProperty("operationCost");
        return (cost.GetProperty("fieldCost").GetDouble(), cost.GetProperty("typeCost").GetDouble());
    }

    /// <summary>Variables as a transport hands them over: parsed JSON.</summary>
    public static Dictionary<string, object?> JsonVariables(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone(), StringComparer.Ordinal);
    }
}
