using KtPortal.GraphQL.Validation.Rules;
using static KtPortal.GraphQL.Tests.Validation.ValidationAssert;

namespace KtPortal.GraphQL.Tests.Validation.Rules;

public sealed class UniqueDirectivesPerLocationRuleTests
{
    [Fact]
    public void DistinctDirectives_AreValid()
        => ExpectValid<UniqueDirectivesPerLocationRule>(
            """
            fragment Test on Type { field @onField @include(if: true) }
            """);

    [Fact]
    public void SameDirectiveInDifferentLocations_IsValid()
        => ExpectValid<UniqueDirectivesPerLocationRule>(
            """
            fragment Test on Type @onFragmentDefinition { field @onField }
            """);

    [Fact]
    public void RepeatableDirective_IsValid()
        => ExpectValid<UniqueDirectivesPerLocationRule>(
            """
            fragment Test on Type { field @repeatable @repeatable ...F @repeatable @repeatable }
            """);

    [Fact]
    public void UnknownDirectives_AreIgnored()
        => ExpectValid<UniqueDirectivesPerLocationRule>(
            """
            fragment Test on Type { field @unknown @unknown }
            """);

    [Fact]
    public void DuplicateDirective_IsReported()
        => ExpectErrors<UniqueDirectivesPerLocationRule>(
            """
            fragment Test on Type { field @onField @onField }
            """,
            Error("The directive \"@onField\" can only be used once at this location.", (1, 31), (1, 40)));

    [Fact]
    public void ManyDuplicates_AreReported()
        => ExpectErrors<UniqueDirectivesPerLocationRule>(
            """
            fragment Test on Type { field @onField @onField @onField }
            """,
            Error("The directive \"@onField\" can only be used once at this location.", (1, 31), (1, 40)),
            Error("The directive \"@onField\" can only be used once at this location.", (1, 31), (1, 49)));

    [Fact]
    public void DifferentDuplicates_AreReported()
        => ExpectErrors<UniqueDirectivesPerLocationRule>(
            """
            fragment Test on Type { field @onField @skip(if: true) @onField @skip(if: false) }
            """,
            Error("The directive \"@onField\" can only be used once at this location.", (1, 31), (1, 56)),
            Error("The directive \"@skip\" can only be used once at this location.", (1, 40), (1, 65)));

    [Fact]
    public void DuplicatesOnEveryLocation_AreReported()
        => ExpectErrors<UniqueDirectivesPerLocationRule>(
            """
            query ($v: Int @onVariableDefinition @onVariableDefinition) @onQuery @onQuery { ...F @onFragmentSpread @onFragmentSpread ... @onInlineFragment @onInlineFragment { a } }
            fragment F on T @onFragmentDefinition @onFragmentDefinition { a }
            """,
            Error("The directive \"@onQuery\" can only be used once at this location.", (1, 61), (1, 70)),
            Error("The directive \"@onVariableDefinition\" can only be used once at this location.", (1, 16), (1, 38)),
            Error("The directive \"@onFragmentSpread\" can only be used once at this location.", (1, 86), (1, 104)),
            Error("The directive \"@onInlineFragment\" can only be used once at this location.", (1, 126), (1, 144)),
            Error("The directive \"@onFragmentDefinition\" can only be used once at this location.", (2, 17), (2, 39)));

    [Fact]
    public void DuplicatesAcrossTypeExtensions_AreReported()
        => ExpectErrors<UniqueDirectivesPerLocationRule>(
            """
            directive @nonRepeatable on OBJECT
            type TypeA @nonRepeatable
            extend type TypeA @nonRepeatable
            schema @deprecated { query: TypeA }
            extend schema @deprecated
            """,
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (2, 12), (3, 19)),
            Error("The directive \"@deprecated\" can only be used once at this location.", (4, 8), (5, 15)));

    [Fact]
    public void DirectiveDefinedInDocument_CanBeMadeRepeatable()
        => ExpectValid<UniqueDirectivesPerLocationRule>(
            """
            directive @onField repeatable on FIELD
            { dog @onField @onField { name } }
            """);

    [Fact]
    public void DirectiveDefinedInDocument_CanBeMadeUnique()
        => ExpectErrors<UniqueDirectivesPerLocationRule>(
            """
            directive @repeatable on FIELD
            { dog @repeatable @repeatable { name } }
            """,
            Error("The directive \"@repeatable\" can only be used once at this location.", (2, 7), (2, 19)));
}
