using KtPortal.Api.Plans;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.Api.Tests.Plans;

/// <summary>The background job makes the new month's period and records usage again after changes the plans code did not see.</summary>
public sealed class BillingPeriodJobTests(PlansFixture fixture) : IClassFixture<PlansFixture>
{
    [Fact]
    public async Task The_job_records_usage_again_after_a_ticket_stops_being_covered_and_makes_the_next_months_period()
    {
        var client = await fixture.NewClientAsync();
        await fixture.AssignAsync(client, await fixture.NewPlanAsync(includedHours: 10));
        var ticket = await fixture.NewTicketAsync(client);
        await fixture.LogTimeAsync(ticket, 90);
        Assert.Equal(90, await RecordedAsync(client, "2026-12-01"));

        // The desk turns the ticket into a service request, which the plan does not cover.
        await fixture.ExecuteSqlAsync("UPDATE tickets SET type = 'SERVICE_REQUEST' WHERE id = $1", ticket);
        var job = fixture.Factory.Services.GetRequiredService<BillingPeriodJob>();
        Assert.True(await job.RunOnceAsync(default) >= 1);
        Assert.Equal(0, await RecordedAsync(client, "2026-12-01"));
        Assert.Equal(0, await fixture.CountAsync("SELECT count(*) FROM billing_periods WHERE organization_id = $1 AND starts_on = '2027-01-01'", client.Id));

        fixture.Clock.Advance(TimeSpan.FromDays(30));
        await job.RunOnceAsync(default);
        await job.RunOnceAsync(default);
        Assert.Equal(1, await fixture.CountAsync("SELECT count(*) FROM billing_periods WHERE organization_id = $1 AND starts_on = '2027-01-01'", client.Id));
    }

    private Task<long> RecordedAsync(TestClient client, string start)
        => fixture.CountAsync($"SELECT used_minutes FROM billing_periods WHERE organization_id = $1 AND starts_on = '{start}'", client.Id);
}
