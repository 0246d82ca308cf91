using KtPortal.Benchmarks.Validation;
using KtPortal.GraphQL.Validation.Rules;

namespace KtPortal.GraphQL.Tests.Validation.Overlapping;

/// <summary>
/// Hostile documents get the verdict graphql-js reaches on their small versions (see the "repeated ..."
/// cases of <c>expected.json</c>), with work that grows about linearly in their size. At these sizes
/// graphql-js itself mostly gives up with "Validation aborted."; shapes whose pairs all differ still
/// run into the same budget here. The work is the checker's comparison count and budget, which are
/// deterministic; nothing here measures time.
/// </summary>
public sealed class OverlappingFieldsAdversarialTests
{
    private const string TooManyErrors = "Too many validation errors, error limit reached. Validation aborted.";

    [Theory]
    [InlineData(1_000)]
    [InlineData(10_000)]
    public void RepeatedIdenticalFields_AreValid_WithLinearWork(int count)
    {
        var (errors, checker) = OverlappingFieldsTestHarness.Run(OverlappingDocuments.RepeatedFields(count));

        Assert.Empty(errors);
        Assert.InRange(checker!.Comparisons, 1, 10);
    }

    [Fact]
    public void RepeatedIdenticalFields_WithOneDifferentCopy_ReportEveryPairWithIt()
    {
        var document = OverlappingDocuments.RepeatedFields(5_000)[..^1] + "a { b { x: y } } }";

        var (errors, checker) = OverlappingFieldsTestHarness.Run(document);

        Assert.Equal(101, errors.Count);
        Assert.Equal(
            "Fields \"a\" conflict because subfields \"b\" conflict because subfields \"x\" conflict because \"x\" and \"y\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
            errors[0].Message);
        Assert.Equal(TooManyErrors, errors[^1].Message);
        Assert.InRange(checker!.Comparisons, 1, 2_000);
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(10_000)]
    public void AliasesWithDifferentArguments_StopAtTheErrorLimit(int count)
    {
        var (errors, checker) = OverlappingFieldsTestHarness.Run(OverlappingDocuments.AliasesWithDifferentArguments(count));

        Assert.Equal(101, errors.Count);
        Assert.Equal(
            "Fields \"x\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
            errors[0].Message);
        Assert.Equal(TooManyErrors, errors[^1].Message);
        Assert.InRange(checker!.Comparisons, 101, 101);
    }

    [Fact]
    public void ConflictSearch_StopsAtTheConfiguredErrorLimit()
    {
        var document = OverlappingDocuments.AliasesWithDifferentArguments(100);

        var (errors, checker) = OverlappingFieldsTestHarness.Run(document, maxErrors: 1_000);

        Assert.Equal(1_001, errors.Count);
        Assert.Equal(TooManyErrors, errors[^1].Message);
        Assert.Equal(1_001, checker!.Comparisons);
    }

    [Fact]
    public void RepeatedFieldsThatSpreadFragments_AreComparedPairByPair_AndRunIntoTheBudget()
    {
        // Fragment memos make each pair's outcome depend on history, so copies that spread a fragment
        // are never folded into one comparison; graphql-js's budget bounds them, as it bounds graphql-js.
        var document = "{ " + string.Concat(Enumerable.Repeat("a { ...F } ", 2_000)) + "} fragment F on Query { x }";

        var (errors, checker) = OverlappingFieldsTestHarness.Run(document);

        Assert.Equal("Validation aborted.", Assert.Single(errors).Message);
        Assert.True(checker!.BudgetSpent > OverlappingFieldsCanBeMergedChecker.ComplexityBudget);
    }

    [Theory]
    [InlineData(50)]
    [InlineData(60)]
    public void FragmentFanOut_IsValid_WithLinearWork(int depth)
    {
        var (errors, checker) = OverlappingFieldsTestHarness.Run(OverlappingDocuments.FragmentFanOut(depth));

        Assert.Empty(errors);
        Assert.InRange(checker!.Comparisons, 1, depth + 2);
    }

    [Fact]
    public void ShallowFragmentDiamond_IsValid()
        => Assert.Empty(OverlappingFieldsTestHarness.Validate(OverlappingDocuments.FragmentDiamond(50)));

    [Fact]
    public void DeepFragmentDiamond_RunsIntoTheBudget_LikeGraphQLJs()
    {
        // Every fragment is compared with every deeper one: 2 * 400^2 pairs. graphql-js aborts too.
        var (errors, checker) = OverlappingFieldsTestHarness.Run(OverlappingDocuments.FragmentDiamond(400));

        Assert.Equal("Validation aborted.", Assert.Single(errors).Message);
        Assert.True(checker!.BudgetSpent > OverlappingFieldsCanBeMergedChecker.ComplexityBudget);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(5_000)]
    public void SiblingFragments_AreValid_WithLinearWork(int count)
    {
        var (errors, checker) = OverlappingFieldsTestHarness.Run(OverlappingDocuments.SiblingFragments(count));

        Assert.Empty(errors);
        Assert.InRange(checker!.Comparisons, 1, 10);
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(5_000)]
    public void NestedIdenticalFields_AreValid_WithWorkLinearInDepth(int count)
    {
        var (errors, checker) = OverlappingFieldsTestHarness.Run(OverlappingDocuments.NestedFields(count));

        Assert.Empty(errors);
        Assert.InRange(checker!.Comparisons, 1, 40);
    }

    [Fact]
    public void Work_GrowsAtMostLinearly_AsDocumentsDouble()
    {
        foreach (var build in new Func<int, string>[]
        {
            OverlappingDocuments.RepeatedFields,
            OverlappingDocuments.AliasesWithDifferentArguments,
            OverlappingDocuments.SiblingFragments,
            static n => OverlappingDocuments.NestedFields(n),
        })
        {
            var small = OverlappingFieldsTestHarness.Run(build(1_000)).Checker!;
            var large = OverlappingFieldsTestHarness.Run(build(2_000)).Checker!;

            Assert.True(large.Comparisons <= (2 * small.Comparisons) + 10, $"{small.Comparisons} -> {large.Comparisons}");
            Assert.True(large.BudgetSpent <= (2 * small.BudgetSpent) + 100, $"{small.BudgetSpent} -> {large.BudgetSpent}");
        }
    }

    [Fact]
    public void Work_IsDeterministic()
    {
        var document = OverlappingDocuments.SiblingFragments(300) + " query Q { " + OverlappingDocuments.RepeatedFields(300)[1..];

        var first = OverlappingFieldsTestHarness.Run(document).Checker!;
        var second = OverlappingFieldsTestHarness.Run(document).Checker!;

        Assert.Equal(first.Comparisons, second.Comparisons);
        Assert.Equal(first.BudgetSpent, second.BudgetSpent);
    }

    [Fact]
    public void DistinctSubselections_RunIntoTheBudget_AndAbort()
    {
        // 3,000 fields with one name and 3,000 different selections: every pair must really be compared,
        // 4.5 million comparisons. The budget ends it, as graphql-js's does.
        var document = "{ " + string.Concat(Enumerable.Range(0, 3_000).Select(static i => $"a {{ x{i}: x }} ")) + "}";

        var (errors, checker) = OverlappingFieldsTestHarness.Run(document);

        Assert.Equal("Validation aborted.", Assert.Single(errors).Message);
        Assert.True(checker!.BudgetSpent > OverlappingFieldsCanBeMergedChecker.ComplexityBudget);
    }
}
