using KtPortal.GraphQL.Validation.Rules;
using static KtPortal.GraphQL.Tests.Validation.ValidationAssert;

namespace KtPortal.GraphQL.Tests.Validation.Rules;

public sealed class PossibleFragmentSpreadsRuleTests
{
    [Fact]
    public void SameObject_IsValid()
        => ExpectValid<PossibleFragmentSpreadsRule>(
            """
            fragment objectWithinObject on Dog { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """);

    [Fact]
    public void ObjectIntoImplementedInterface_IsValid()
        => ExpectValid<PossibleFragmentSpreadsRule>(
            """
            fragment objectWithinInterface on Pet { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """);

    [Fact]
    public void ObjectIntoContainingUnion_IsValid()
        => ExpectValid<PossibleFragmentSpreadsRule>(
            """
            fragment objectWithinUnion on CatOrDog { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """);

    [Fact]
    public void UnionIntoOverlappingUnion_IsValid()
        => ExpectValid<PossibleFragmentSpreadsRule>(
            """
            fragment unionWithinUnion on DogOrHuman { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """);

    [Fact]
    public void InterfaceIntoOverlappingUnion_IsValid()
        => ExpectValid<PossibleFragmentSpreadsRule>(
            """
            fragment interfaceWithinUnion on CatOrDog { ...petFragment }
            fragment petFragment on Pet { name }
            """);

    [Fact]
    public void InterfaceIntoImplementedInterface_IsValid()
        => ExpectValid<PossibleFragmentSpreadsRule>(
            """
            fragment interfaceWithinInterface on Mammal { ...canineFragment }
            fragment canineFragment on Canine { name }
            """);

    [Fact]
    public void UnknownFragmentType_IsIgnored()
        => ExpectValid<PossibleFragmentSpreadsRule>(
            """
            fragment u on Dog { ...unknown }
            fragment unknown on Unknown { name }
            """);

    [Fact]
    public void DifferentObjects_AreReported()
        => ExpectErrors<PossibleFragmentSpreadsRule>(
            """
            fragment invalidObjectWithinObject on Cat { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """,
            Error("Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (1, 45)));

    [Fact]
    public void DifferentObjectsInline_AreReported()
        => ExpectErrors<PossibleFragmentSpreadsRule>(
            """
            fragment invalidObjectWithinObjectAnon on Cat { ... on Dog { barkVolume } }
            """,
            Error("Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (1, 49)));

    [Fact]
    public void ObjectIntoNonImplementingInterface_IsReported()
        => ExpectErrors<PossibleFragmentSpreadsRule>(
            """
            fragment invalidObjectWithinInterface on Pet { ...humanFragment }
            fragment humanFragment on Human { pets { name } }
            """,
            Error("Fragment \"humanFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".", (1, 48)));

    [Fact]
    public void ObjectIntoNotContainingUnion_IsReported()
        => ExpectErrors<PossibleFragmentSpreadsRule>(
            """
            fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment }
            fragment humanFragment on Human { pets { name } }
            """,
            Error("Fragment \"humanFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\".", (1, 49)));

    [Fact]
    public void UnionIntoNonOverlappingUnion_IsReported()
        => ExpectErrors<PossibleFragmentSpreadsRule>(
            """
            fragment invalidUnionWithinUnion on CatOrDog { ...humanOrAlienFragment }
            fragment humanOrAlienFragment on HumanOrAlien { __typename }
            """,
            Error("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\".", (1, 48)));

    [Fact]
    public void InterfaceIntoNonOverlappingUnion_IsReported()
        => ExpectErrors<PossibleFragmentSpreadsRule>(
            """
            fragment invalidInterfaceWithinUnion on HumanOrAlien { ...petFragment }
            fragment petFragment on Pet { name }
            """,
            Error("Fragment \"petFragment\" cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Pet\".", (1, 56)));

    [Fact]
    public void InterfaceIntoNonOverlappingInterface_IsReported()
        => ExpectErrors<PossibleFragmentSpreadsRule>(
            """
            fragment f on Intelligent { ...g }
            fragment g on Pet { name }
            """,
            Error("Fragment \"g\" cannot be spread here as objects of type \"Intelligent\" can never be of type \"Pet\".", (1, 29)));

    [Fact]
    public void InlineFragmentWithoutType_IsValid()
        => ExpectValid<PossibleFragmentSpreadsRule>(
            """
            fragment f on Pet { ... { name } }
            """);
}
