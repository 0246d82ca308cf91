using KtPortal.GraphQL.Validation.Rules;
using static KtPortal.GraphQL.Tests.Validation.ValidationAssert;

namespace KtPortal.GraphQL.Tests.Validation.Rules;

public sealed class KnownArgumentNamesRuleTests
{
    [Fact]
    public void KnownFieldArguments_AreValid()
        => ExpectValid<KnownArgumentNamesRule>(
            """
            fragment argOnRequiredArg on Dog { doesKnowCommand(dogCommand: SIT) isHouseTrained(atOtherHomes: true) }
            """);

    [Fact]
    public void KnownDirectiveArguments_AreValid()
        => ExpectValid<KnownArgumentNamesRule>(
            """
            { dog @skip(if: true) { name } }
            """);

    [Fact]
    public void ArgumentsOnUnknownField_AreIgnored()
        => ExpectValid<KnownArgumentNamesRule>(
            """
            fragment f on Dog { unknownField(unknownArg: SIT) }
            """);

    [Fact]
    public void ArgumentsOnUnknownDirective_AreIgnored()
        => ExpectValid<KnownArgumentNamesRule>(
            """
            { dog @unknown(if: true) { name } }
            """);

    [Fact]
    public void UnknownDirectiveArgument_IsReported()
        => ExpectErrors<KnownArgumentNamesRule>(
            """
            { dog @skip(unless: true) { name } }
            """,
            Error("Unknown argument \"unless\" on directive \"@skip\".", (1, 13)));

    [Fact]
    public void MisspelledDirectiveArgument_SuggestsTheRightOne()
        => ExpectErrors<KnownArgumentNamesRule>(
            """
            { dog @skip(iff: true) { name } }
            """,
            Error("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (1, 13)));

    [Fact]
    public void UnknownFieldArgument_IsReported()
        => ExpectErrors<KnownArgumentNamesRule>(
            """
            fragment invalidArgName on Dog { doesKnowCommand(unknown: true) }
            """,
            Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (1, 50)));

    [Fact]
    public void MisspelledFieldArgument_SuggestsTheRightOne()
        => ExpectErrors<KnownArgumentNamesRule>(
            """
            fragment invalidArgName on Dog { doesKnowCommand(DogCommand: true) }
            """,
            Error("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (1, 50)));

    [Fact]
    public void ManyUnknownArguments_AreReported()
        => ExpectErrors<KnownArgumentNamesRule>(
            """
            fragment oneGoodArgOneInvalidArg on Dog { doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true) }
            """,
            Error("Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\".", (1, 59)),
            Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (1, 89)));

    [Fact]
    public void UnknownArgumentsDeep_AreReported()
        => ExpectErrors<KnownArgumentNamesRule>(
            """
            { dog { doesKnowCommand(unknown: true) } human { pets { ... on Dog { doesKnowCommand(unknown: true) } } } }
            """,
            Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (1, 25)),
            Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (1, 86)));

    [Fact]
    public void DocumentDirectiveArguments_AreKnown()
        => ExpectErrors<KnownArgumentNamesRule>(
            """
            directive @test(arg: String) on FIELD
            { dog @test(arg: "", other: 1) { name } }
            """,
            Error("Unknown argument \"other\" on directive \"@test\".", (2, 22)));

    [Fact]
    public void ArgumentsOnDirectivesInTypeSystem_AreChecked()
        => ExpectErrors<KnownArgumentNamesRule>(
            """
            type Query { f: String @deprecated(reason: "x", unknown: 1) }
            """,
            Error("Unknown argument \"unknown\" on directive \"@deprecated\".", (1, 49)));

    [Fact]
    public void DirectiveRedefinedInDocument_UsesTheDocumentArguments()
        => ExpectErrors<KnownArgumentNamesRule>(
            """
            directive @skip(unless: Boolean) on FIELD
            { dog @skip(if: true, unless: false) { name } }
            """,
            Error("Unknown argument \"if\" on directive \"@skip\".", (2, 13)));

    [Fact]
    public void ManySuggestions_AreCappedAtFive()
        => ExpectErrors<KnownArgumentNamesRule>(
            """
            { complicatedArgs { multipleOptAndReq(req: 1, opt: 2) } }
            """,
            Error("Unknown argument \"req\" on field \"ComplicatedArgs.multipleOptAndReq\". Did you mean \"req1\" or \"req2\"?", (1, 39)),
            Error("Unknown argument \"opt\" on field \"ComplicatedArgs.multipleOptAndReq\". Did you mean \"opt1\" or \"opt2\"?", (1, 47)));
}
