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

    [Theory]
    [InlineData(0, 60)]
    [InlineData(60, SlaTargets.MaxMinutes + 1)]
    [InlineData(120, 60)]
    public void A_policy_refuses_what_Validate_refuses(int firstResponse, int resolution)
    {
        var now = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SlaPolicy(TicketPriority.Low, firstResponse, resolution, now));
        var policy = new SlaPolicy(TicketPriority.Low, 60, 480, now);
        Assert.Throws<ArgumentOutOfRangeException>(() => policy.Change(firstResponse, resolution, now.AddDays(1)));
        Assert.Equal((60, 480, now), (policy.FirstResponseMinutes, policy.ResolutionMinutes, policy.UpdatedAt));
    }

    [Fact]
    public void A_policy_takes_validated_targets_and_refuses_the_default_value()
    {
        var now = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
        var policy = new SlaPolicy(TicketPriority.High, SlaTargets.Validate(30, SlaTargets.MaxMinutes).Targets!.Value, now);
        Assert.Equal((30, SlaTargets.MaxMinutes), (policy.FirstResponseMinutes, policy.ResolutionMinutes));
        Assert.Throws<ArgumentException>(() => policy.Change(default(SlaTargets), now));
    }
}
