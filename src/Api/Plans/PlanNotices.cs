using System.Globalization;
using System.Text.Json;
using KtPortal.Domain.Notifications;
using KtPortal.Domain.Plans;
using Npgsql;

namespace KtPortal.Api.Plans;

/// <summary>
/// The 80% and 100% notices of a billing period: one notification per recipient (the client's owners and admins, and
/// staff with the BILLING role) per period per threshold. The dedupe key makes a repeat an <c>ON CONFLICT DO
/// NOTHING</c>, so concurrent writers never send one twice (<c>plan_usage_notify</c> in migration 0010).
/// </summary>
internal static class PlanNotices
{
    /// <summary>The notification kind at 80%.</summary>
    public const string WarningKind = NotificationKinds.PlanUsageWarning;

    /// <summary>The notification kind at 100%.</summary>
    public const string ExhaustedKind = NotificationKinds.PlanUsageExhausted;

    /// <summary>Sends the notices of every threshold each period has reached that were not sent yet; returns how many were new.</summary>
    public static async Task<int> SendAsync(
        NpgsqlConnection connection, Guid organizationId, string planName, IEnumerable<PeriodUsage> periods, TimeProvider clock, CancellationToken cancellationToken)
    {
        var sent = 0;
        foreach (var period in periods)
        {
            foreach (var threshold in period.ReachedThresholds)
            {
                sent += await SendAsync(connection, organizationId, planName, period, threshold, clock, cancellationToken);
            }
        }

        return sent;
    }

    private static async Task<int> SendAsync(
        NpgsqlConnection connection, Guid organizationId, string planName, PeriodUsage period, int threshold, TimeProvider clock, CancellationToken cancellationToken)
    {
        var used = PeriodUsage.Hours(period.UsedMinutes).ToString(CultureInfo.InvariantCulture);
        var included = PeriodUsage.Hours(period.IncludedMinutes).ToString(CultureInfo.InvariantCulture);
        var (kind, title) = threshold >= 100
            ? (ExhaustedKind, $"All {included} plan hours used")
            : (WarningKind, $"{threshold}% of plan hours used");
        var body = $"{used} of {included} hours of {planName} used in the period {period.StartsOn:yyyy-MM-dd} to {period.LastDay:yyyy-MM-dd}.";
        var data = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["organizationId"] = organizationId.ToString("D"),
            ["billingPeriodId"] = period.PeriodId.ToString("D"),
            ["threshold"] = threshold.ToString(CultureInfo.InvariantCulture),
            ["periodStart"] = period.StartsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["usedMinutes"] = period.UsedMinutes.ToString(CultureInfo.InvariantCulture),
            ["includedMinutes"] = period.IncludedMinutes.ToString(CultureInfo.InvariantCulture),
        });

        // A function running as the owner (migration 0010): see there why.
        await using var command = new NpgsqlCommand("SELECT plan_usage_notify($1, $7, $8, $2, $3, $4, $5::jsonb, $6)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = organizationId });
        command.Parameters.Add(new NpgsqlParameter { Value = kind });
        command.Parameters.Add(new NpgsqlParameter { Value = title });
        command.Parameters.Add(new NpgsqlParameter { Value = body });
        command.Parameters.Add(new NpgsqlParameter { Value = data });
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        command.Parameters.Add(new NpgsqlParameter { Value = period.PeriodId });
        command.Parameters.Add(new NpgsqlParameter { Value = threshold });
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
