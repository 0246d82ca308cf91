using KtPortal.GraphQL.Validation.Rules;
using static KtPortal.GraphQL.Tests.Validation.ValidationAssert;

namespace KtPortal.GraphQL.Tests.Validation.Rules;

public sealed class ProvidedRequiredArgumentsRuleTests
{
    [Fact]
    public void OptionalArgumentsOmitted_AreValid()
        => ExpectValid<ProvidedRequiredArgumentsRule>(
            """
            { dog { isHouseTrained } complicatedArgs { multipleOpts nonNullFieldWithDefault } }
            """);

    [Fact]
    public void RequiredArgumentsGiven_AreValid()
        => ExpectValid<ProvidedRequiredArgumentsRule>(
            """
            { complicatedArgs { multipleReqs(req1: 1, req2: 2) m2: multipleReqs(req2: 2, req1: 1) multipleOptAndReq(req1: 1, req2: 2, opt1: 3) } }
            """);

    [Fact]
    public void UnknownField_IsIgnored()
        => ExpectValid<ProvidedRequiredArgumentsRule>(
            """
            { dog { unknown } }
            """);

    [Fact]
    public void MissingRequiredArgument_IsReported()
        => ExpectErrors<ProvidedRequiredArgumentsRule>(
            """
            { complicatedArgs { multipleReqs(req2: 2) } }
            """,
            Error("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (1, 21)));

    [Fact]
    public void MissingRequiredArguments_AreReportedInOrder()
        => ExpectErrors<ProvidedRequiredArgumentsRule>(
            """
            { complicatedArgs { multipleReqs nonNullIntArgField } }
            """,
            Error("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (1, 21)),
            Error("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (1, 21)),
            Error("Field \"nonNullIntArgField\" argument \"nonNullIntArg\" of type \"Int!\" is required, but it was not provided.", (1, 34)));

    [Fact]
    public void MissingDirectiveArguments_AreReported()
        => ExpectErrors<ProvidedRequiredArgumentsRule>(
            """
            { dog @include { name @skip } human @withArgs { name } }
            """,
            Error("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (1, 7)),
            Error("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (1, 23)),
            Error("Directive \"@withArgs\" argument \"required\" of type \"String!\" is required, but it was not provided.", (1, 37)));

    [Fact]
    public void DirectivesDefinedInDocument_AreChecked()
        => ExpectErrors<ProvidedRequiredArgumentsRule>(
            """
            directive @local(a: Int!, b: [String!]!, c: Int! = 1) on FIELD
            { dog @local(a: 1) { name } }
            """,
            Error("Directive \"@local\" argument \"b\" of type \"[String!]!\" is required, but it was not provided.", (2, 7)));
}
