using KtPortal.Domain.Plans;
using KtPortal.Domain.Support;

namespace KtPortal.Domain.Tests.Plans;

public sealed class TimeEntryTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Theory]
    [InlineData(0, "2026-12-06", "Fixed it", TimeEntryProblem.Minutes)]
    [InlineData(-1, "2026-12-06", "Fixed it", TimeEntryProblem.Minutes)]
    [InlineData(1441, "2026-12-06", "Fixed it", TimeEntryProblem.Minutes)]
    [InlineData(30, "2026-12-07", "Fixed it", TimeEntryProblem.WorkDateInFuture)]
    [InlineData(30, "2026-12-06", " ", TimeEntryProblem.Description)]
    public void Validate_names_the_first_problem(int minutes, string workDate, string description, TimeEntryProblem problem)
        => Assert.Equal(problem, TimeEntry.Validate(minutes, DateOnly.Parse(workDate), description, Today));

    [Theory]
    [InlineData(1, "2026-12-06")]
    [InlineData(1440, "2020-01-01")]
    public void Validate_accepts_a_minute_to_a_day_on_today_or_before(int minutes, string workDate)
        => Assert.Null(TimeEntry.Validate(minutes, DateOnly.Parse(workDate), "Fixed it", Today));

    [Fact]
    public void Validate_refuses_a_description_longer_than_2000_characters()
        => Assert.Equal(TimeEntryProblem.Description, TimeEntry.Validate(30, Today, new string('x', 2001), Today));

    [Theory]
    [InlineData(TicketType.ServiceRequest, RateType.Development)]
    [InlineData(TicketType.Troubleshooting, RateType.Support)]
    public void The_default_rate_type_follows_the_ticket_type(TicketType type, RateType rate)
        => Assert.Equal(rate, TimeEntry.DefaultRateType(type));
}
