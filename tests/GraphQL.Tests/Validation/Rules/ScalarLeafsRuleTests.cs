using KtPortal.GraphQL.Validation.Rules;
using static KtPortal.GraphQL.Tests.Validation.ValidationAssert;

namespace KtPortal.GraphQL.Tests.Validation.Rules;

public sealed class ScalarLeafsRuleTests
{
    [Fact]
    public void ScalarSelection_IsValid()
        => ExpectValid<ScalarLeafsRule>(
            """
            fragment scalarSelection on Dog { barks }
            """);

    [Fact]
    public void ObjectWithoutSelection_IsReported()
        => ExpectErrors<ScalarLeafsRule>(
            """
            query directQueryOnObjectWithoutSubFields { human }
            """,
            Error("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (1, 45)));

    [Fact]
    public void InterfaceWithoutSelection_IsReported()
        => ExpectErrors<ScalarLeafsRule>(
            """
            { pet }
            """,
            Error("Field \"pet\" of type \"Pet\" must have a selection of subfields. Did you mean \"pet { ... }\"?", (1, 3)));

    [Fact]
    public void ListOfObjectsWithoutSelection_IsReported()
        => ExpectErrors<ScalarLeafsRule>(
            """
            { human { relatives } }
            """,
            Error("Field \"relatives\" of type \"[Human]!\" must have a selection of subfields. Did you mean \"relatives { ... }\"?", (1, 11)));

    [Fact]
    public void ScalarWithSelection_IsReported()
        => ExpectErrors<ScalarLeafsRule>(
            """
            fragment scalarSelectionsNotAllowedOnBoolean on Dog { barks { sinceWhen } }
            """,
            Error("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (1, 61)));

    [Fact]
    public void EnumWithSelection_IsReported()
        => ExpectErrors<ScalarLeafsRule>(
            """
            fragment scalarSelectionsNotAllowedOnEnum on Cat { furColor { inHexDec } }
            """,
            Error("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", (1, 61)));

    [Fact]
    public void ScalarWithArgumentsAndSelection_IsReported()
        => ExpectErrors<ScalarLeafsRule>(
            """
            fragment scalarSelectionsNotAllowedWithArgs on Dog { doesKnowCommand(dogCommand: SIT) { sinceWhen } }
            """,
            Error("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (1, 87)));
}
