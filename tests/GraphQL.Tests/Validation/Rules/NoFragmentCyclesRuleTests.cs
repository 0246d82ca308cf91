using KtPortal.GraphQL.Validation.Rules;
using static KtPortal.GraphQL.Tests.Validation.ValidationAssert;

namespace KtPortal.GraphQL.Tests.Validation.Rules;

public sealed class NoFragmentCyclesRuleTests
{
    [Fact]
    public void SingleReference_IsValid()
        => ExpectValid<NoFragmentCyclesRule>(
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { name }
            """);

    [Fact]
    public void DoubleSpreadWithoutCycle_IsValid()
        => ExpectValid<NoFragmentCyclesRule>(
            """
            fragment fragA on Dog { ...fragB, ...fragB }
            fragment fragB on Dog { name }
            """);

    [Fact]
    public void UnknownFragment_IsIgnored()
        => ExpectValid<NoFragmentCyclesRule>(
            """
            fragment nameFragment on Pet { ...UnknownFragment }
            """);

    [Fact]
    public void SpreadingItself_IsReported()
        => ExpectErrors<NoFragmentCyclesRule>(
            """
            fragment fragA on Dog { ...fragA }
            """,
            Error("Cannot spread fragment \"fragA\" within itself.", (1, 25)));

    [Fact]
    public void SpreadingItselfInInlineFragment_IsReported()
        => ExpectErrors<NoFragmentCyclesRule>(
            """
            fragment fragA on Pet { ... on Dog { ...fragA } }
            """,
            Error("Cannot spread fragment \"fragA\" within itself.", (1, 38)));

    [Fact]
    public void SpreadingEachOther_IsReportedOnce()
        => ExpectErrors<NoFragmentCyclesRule>(
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragA }
            """,
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (1, 25), (2, 25)));

    [Fact]
    public void DeepCycle_ReportsThePath()
        => ExpectErrors<NoFragmentCyclesRule>(
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { ...fragO }
            fragment fragX on Dog { ...fragY }
            fragment fragY on Dog { ...fragZ }
            fragment fragZ on Dog { ...fragO }
            fragment fragO on Dog { ...fragP }
            fragment fragP on Dog { ...fragA, ...fragX }
            """,
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\", \"fragO\", \"fragP\".", (1, 25), (2, 25), (3, 25), (7, 25), (8, 25)),
            Error("Cannot spread fragment \"fragO\" within itself via \"fragP\", \"fragX\", \"fragY\", \"fragZ\".", (7, 25), (8, 35), (4, 25), (5, 25), (6, 25)));

    [Fact]
    public void CyclesReachedTwoWays_AreBothReported()
        => ExpectErrors<NoFragmentCyclesRule>(
            """
            fragment fragA on Dog { ...fragB, ...fragC }
            fragment fragB on Dog { ...fragA }
            fragment fragC on Dog { ...fragA }
            """,
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (1, 25), (2, 25)),
            Error("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (1, 35), (3, 25)));

    [Fact]
    public void SpreadingItselfTwice_IsReportedTwice()
        => ExpectErrors<NoFragmentCyclesRule>(
            """
            fragment fragA on Dog { ...fragA, ...fragA }
            """,
            Error("Cannot spread fragment \"fragA\" within itself.", (1, 25)),
            Error("Cannot spread fragment \"fragA\" within itself.", (1, 35)));
}
