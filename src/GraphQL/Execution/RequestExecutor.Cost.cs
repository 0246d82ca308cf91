using KtPortal.GraphQL.CostAnalysis;
using KtPortal.GraphQL.Execution.Internal;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Execution;

public sealed partial class RequestExecutor
{
    private const string OperationCostExtension = "operationCost";

    private int _costAnalysisCount;

    /// <summary>How many times an operation's cost was computed (figures kept with the operation excluded).</summary>
    internal int CostAnalysisCount => _costAnalysisCount;

    /// <summary>
    /// Prices the operation, after validation and variable coercion and before anything runs: a request error
    /// when it is over the limits (or breaks a <c>@listSize</c> rule), else the cost when the request asked for it.
    /// The figures of an operation that reads no variable values are computed once and kept with the operation.
    /// </summary>
    // https://ibm.github.io/graphql-specs/cost-spec.html
    private bool TryCheckCost(
        OperationRequest request,
        PreparedOperation operation,
        ObjectType rootType,
        IReadOnlyDictionary<string, object?> variables,
        bool costNeeded,
        out OperationCost? cost,
        out OperationResult? rejected)
    {
        cost = null;
        rejected = null;
        if (!_options.EnforceCostLimits && request.CostReport == CostReportMode.None && !costNeeded)
        {
            return true;
        }

        var analysis = operation.StaticCost;
        if (analysis is null)
        {
            Interlocked.Increment(ref _costAnalysisCount);
            analysis = _costAnalyzer.Analyze(operation, rootType, variables, request.VariableValues);
            if (!analysis.UsedVariables)
            {
                operation.StaticCost = analysis;
            }
        }

        cost = analysis.Cost;
        if (analysis.Error is not null)
        {
            rejected = ErrorResult([analysis.Error]);
        }
        else if (_options.EnforceCostLimits && (cost.FieldCost > _options.MaxFieldCost || cost.TypeCost > _options.MaxTypeCost))
        {
            rejected = ErrorResult([CostLimitError(cost)]);
        }

        if (rejected is not null && request.CostReport != CostReportMode.None)
        {
            rejected = WithCost(rejected, cost);
        }

        return rejected is null;
    }

    private GraphQLError CostLimitError(OperationCost cost)
    {
        var message = cost.FieldCost > _options.MaxFieldCost
            ? "The maximum allowed field cost was exceeded."
            : "The maximum allowed type cost was exceeded.";
        return new GraphQLError(message)
        {
            Code = ErrorCodes.CostLimitExceeded,
            Extensions = new Dictionary<string, object?>(4, StringComparer.Ordinal)
            {
                ["fieldCost"] = cost.FieldCost,
                ["typeCost"] = cost.TypeCost,
                ["maxFieldCost"] = _options.MaxFieldCost,
                ["maxTypeCost"] = _options.MaxTypeCost,
            },
        };
    }

    private static OperationResult WithCost(OperationResult result, OperationCost cost)
        => result.WithExtension(OperationCostExtension, new Dictionary<string, object?>(2, StringComparer.Ordinal)
        {
            ["fieldCost"] = cost.FieldCost,
            ["typeCost"] = cost.TypeCost,
        });
}
