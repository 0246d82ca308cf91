using KtPortal.Domain.Plans;

namespace KtPortal.Domain.Tests.Plans;

public sealed class PlanTermsTests
{
    [Fact]
    public void Valid_terms_have_no_problem()
        => Assert.Null(BillingCycleTests.Terms().Validate());

    public static TheoryData<PlanTerms, string> Invalid => new()
    {
        { BillingCycleTests.Terms() with { Name = " " }, "name" },
        { BillingCycleTests.Terms() with { Name = new string('x', 101) }, "name" },
        { BillingCycleTests.Terms() with { IncludedMinutes = -1 }, "includedHours" },
        { BillingCycleTests.Terms() with { CoveredTicketTypes = ["BUG"] }, "coveredTicketTypes" },
        { BillingCycleTests.Terms() with { CoveredCategories = [""] }, "coveredCategories" },
        { BillingCycleTests.Terms() with { DevelopmentRate = -1m }, "developmentRate" },
        { BillingCycleTests.Terms() with { SupportRate = 10.005m }, "supportRate" },
        { BillingCycleTests.Terms() with { MonthlyFee = 10_000_000_000m }, "monthlyFee" },
        { BillingCycleTests.Terms() with { Currency = "usd" }, "currency" },
        { BillingCycleTests.Terms() with { BillingCycleDay = 29 }, "billingCycleDay" },
        { BillingCycleTests.Terms() with { BillingCycleDay = 0 }, "billingCycleDay" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Invalid_terms_name_the_field_at_fault(PlanTerms terms, string field)
    {
        Assert.Equal(field, terms.Validate()?.Field);
        Assert.Throws<ArgumentException>(() => new MaintenancePlan(Guid.NewGuid(), terms, DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void Types_and_categories_are_kept_sorted_and_distinct()
    {
        var plan = new MaintenancePlan(
            Guid.NewGuid(),
            BillingCycleTests.Terms() with { CoveredTicketTypes = ["TROUBLESHOOTING", "SERVICE_REQUEST", "TROUBLESHOOTING"], CoveredCategories = ["Web ", "Email", "Web"] },
            DateTimeOffset.UnixEpoch);

        Assert.Equal(["SERVICE_REQUEST", "TROUBLESHOOTING"], plan.CoveredTicketTypes);
        Assert.Equal(["Email", "Web"], plan.CoveredCategories);
    }
}
