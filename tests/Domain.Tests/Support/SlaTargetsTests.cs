using KtPortal.Domain.Support;

namespace KtPortal.Domain.Tests.Support;

/// <summary>What an SLA policy's targets may be.</summary>
public sealed class SlaTargetsTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(60, 480)]
    [InlineData(SlaTargets.MaxMinutes, SlaTargets.MaxMinutes)]
    public void Validate_accepts_positive_targets_up_to_a_year_with_resolution_not_before_first_response(int firstResponse, int resolution)
    {
        var result = SlaTargets.Validate(firstResponse, resolution);

        Assert.True(result.IsValid);
        Assert.Empty(result.Problems);
        Assert.Equal(firstResponse, result.Targets!.Value.FirstResponseMinutes);
        Assert.Equal(TimeSpan.FromMinutes(resolution), result.Targets.Value.Resolution);
    }

    [Theory]
    [InlineData(0, 60, SlaTargetField.FirstResponseMinutes)]
    [InlineData(-5, 60, SlaTargetField.FirstResponseMinutes)]
    [InlineData(60, 0, SlaTargetField.ResolutionMinutes)]
    [InlineData(60, SlaTargets.MaxMinutes + 1, SlaTargetField.ResolutionMinutes)]
    [InlineData(120, 60, SlaTargetField.ResolutionMinutes)]
    public void Validate_names_the_target_at_fault(int firstResponse, int resolution, SlaTargetField field)
    {
        var result = SlaTargets.Validate(firstResponse, resolution);

        Assert.False(result.IsValid);
        Assert.Null(result.Targets);
        Assert.Equal(field, Assert.Single(result.Problems).Field);
    }

    [Fact]
    public void Validate_reports_both_targets_when_both_are_out_of_range()
    {
        var result = SlaTargets.Validate(0, -1);

        Assert.Equal([SlaTargetField.FirstResponseMinutes, SlaTargetField.ResolutionMinutes], result.Problems.Select(p => p.Field));
    }
}
