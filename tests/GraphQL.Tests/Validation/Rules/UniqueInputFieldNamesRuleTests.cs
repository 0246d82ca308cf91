using KtPortal.GraphQL.Validation.Rules;
using static KtPortal.GraphQL.Tests.Validation.ValidationAssert;

namespace KtPortal.GraphQL.Tests.Validation.Rules;

public sealed class UniqueInputFieldNamesRuleTests
{
    [Fact]
    public void DistinctFields_AreValid()
        => ExpectValid<UniqueInputFieldNamesRule>(
            """
            { field(arg: { f1: "value", f2: "value", f3: "value" }) }
            """);

    [Fact]
    public void SameNamesInNestedObjects_AreValid()
        => ExpectValid<UniqueInputFieldNamesRule>(
            """
            { field(arg: { f1: {f2: "value"}, f2: {f1: "value"} }) }
            """);

    [Fact]
    public void DuplicateField_IsReported()
        => ExpectErrors<UniqueInputFieldNamesRule>(
            """
            { field(arg: { f1: "value", f1: "value" }) }
            """,
            Error("There can be only one input field named \"f1\".", (1, 16), (1, 29)));

    [Fact]
    public void ManyDuplicates_AreReported()
        => ExpectErrors<UniqueInputFieldNamesRule>(
            """
            { field(arg: { f1: "value", f1: "value", f1: "value" }) }
            """,
            Error("There can be only one input field named \"f1\".", (1, 16), (1, 29)),
            Error("There can be only one input field named \"f1\".", (1, 16), (1, 42)));

    [Fact]
    public void DuplicateInNestedObject_IsReported()
        => ExpectErrors<UniqueInputFieldNamesRule>(
            """
            { field(arg: { f1: {f2: "value", f2: "value" }}) }
            """,
            Error("There can be only one input field named \"f2\".", (1, 21), (1, 34)));
}
