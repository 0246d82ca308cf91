using KtPortal.Domain.Support;
using KtPortal.GraphQL.Types;

namespace KtPortal.Api.Support.Sla.GraphQL;

/// <summary>A target of <c>updateSlaPolicy</c> is out of range, or resolution would be due before the first response.</summary>
public sealed record InvalidSlaTargetError : MutationError
{
    private readonly SlaTargetField _field;

    internal InvalidSlaTargetError(SlaTargetProblem problem)
        : base(problem.Message)
    {
        _field = problem.Field;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<string>? Path => ["input", _field == SlaTargetField.FirstResponseMinutes ? "firstResponseMinutes" : "resolutionMinutes"];
}
