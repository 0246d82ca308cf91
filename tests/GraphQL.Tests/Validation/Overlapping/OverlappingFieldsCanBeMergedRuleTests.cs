namespace KtPortal.GraphQL.Tests.Validation.Overlapping;

/// <summary>The examples of the spec's Field Selection Merging section, with graphql-js's wording.</summary>
// https://spec.graphql.org/October2021/#sec-Field-Selection-Merging
public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    private const string Suffix = ". Use different aliases on the fields to fetch both if this was intentional.";

    [Theory]
    [InlineData("fragment mergeIdenticalFields on Dog {\n  name\n  name\n}")]
    [InlineData("fragment mergeIdenticalAliasesAndFields on Dog {\n  otherName: name\n  otherName: name\n}")]
    [InlineData("fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {\n  doesKnowCommand(dogCommand: SIT)\n  doesKnowCommand(dogCommand: SIT)\n}")]
    [InlineData("fragment mergeIdenticalFieldsWithIdenticalValues on Dog {\n  doesKnowCommand(dogCommand: $dogCommand)\n  doesKnowCommand(dogCommand: $dogCommand)\n}")]
    [InlineData("fragment safeDifferingFields on Pet {\n  ... on Dog {\n    volume: barkVolume\n  }\n  ... on Cat {\n    volume: meowVolume\n  }\n}")]
    [InlineData("fragment safeDifferingArgs on Pet {\n  ... on Dog {\n    doesKnowCommand(dogCommand: SIT)\n  }\n  ... on Cat {\n    name(surname: true)\n  }\n}")]
    public void MergeableSelections_AreValid(string document)
        => Assert.Empty(OverlappingFieldsTestHarness.Validate(document));

    [Fact]
    public void AliasOfAnotherField_ConflictsWithTheField()
        => AssertErrors(
            "fragment conflictingBecauseAlias on Dog {\n  name: nickname\n  name\n}",
            "Fields \"name\" conflict because \"nickname\" and \"name\" are different fields" + Suffix + " @ 2:3 3:3");

    [Theory]
    [InlineData("doesKnowCommand(dogCommand: SIT)", "doesKnowCommand(dogCommand: HEEL)")]
    [InlineData("doesKnowCommand(dogCommand: SIT)", "doesKnowCommand(dogCommand: $dogCommand)")]
    [InlineData("doesKnowCommand(dogCommand: $varOne)", "doesKnowCommand(dogCommand: $varTwo)")]
    [InlineData("doesKnowCommand(dogCommand: SIT)", "doesKnowCommand")]
    public void DifferingArguments_Conflict(string first, string second)
        => AssertErrors(
            $"fragment conflictingArgs on Dog {{\n  {first}\n  {second}\n}}",
            "Fields \"doesKnowCommand\" conflict because they have differing arguments" + Suffix + " @ 2:3 3:3");

    [Fact]
    public void DifferentResponseShapes_ConflictEvenOnExclusiveParents()
        => AssertErrors(
            "fragment conflictingDifferingResponses on Pet {\n  ... on Dog {\n    someValue: nickname\n  }\n  ... on Cat {\n    someValue: meowVolume\n  }\n}",
            "Fields \"someValue\" conflict because they return conflicting types \"String\" and \"Int\"" + Suffix + " @ 3:5 6:5");

    [Fact]
    public void NestedConflicts_AreReportedAtTheOutermostFieldsWithEveryLocation()
        => AssertErrors(
            "{ a { x: x y: z } a { x: y y: x } }",
            "Fields \"a\" conflict because subfields \"x\" conflict because \"x\" and \"y\" are different fields and "
            + "subfields \"y\" conflict because \"z\" and \"x\" are different fields" + Suffix + " @ 1:3 1:7 1:12 1:19 1:23 1:28");

    private static void AssertErrors(string document, params string[] expected)
        => Assert.Equal(string.Join("\n", expected), OverlappingFieldsTestHarness.Format(OverlappingFieldsTestHarness.Validate(document)));
}
