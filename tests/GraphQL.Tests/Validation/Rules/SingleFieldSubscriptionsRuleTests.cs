using KtPortal.GraphQL.Validation.Rules;
using static KtPortal.GraphQL.Tests.Validation.ValidationAssert;

namespace KtPortal.GraphQL.Tests.Validation.Rules;

public sealed class SingleFieldSubscriptionsRuleTests
{
    [Fact]
    public void OneField_IsValid()
        => ExpectValid<SingleFieldSubscriptionsRule>(
            """
            subscription ImportantEmails { importantEmails }
            """);

    [Fact]
    public void OneFieldViaFragment_IsValid()
        => ExpectValid<SingleFieldSubscriptionsRule>(
            """
            subscription Sub { ...F }
            fragment F on SubscriptionRoot { importantEmails }
            """);

    [Fact]
    public void SkippedFields_AreNotCounted()
        => ExpectValid<SingleFieldSubscriptionsRule>(
            """
            subscription Sub { newDog { name } importantEmails @skip(if: true) newCat @include(if: false) { name } }
            """);

    [Fact]
    public void MoreThanOneField_IsReported()
        => ExpectErrors<SingleFieldSubscriptionsRule>(
            """
            subscription ImportantEmails { importantEmails newDog { name } }
            """,
            Error("Subscription \"ImportantEmails\" must select only one top level field.", (1, 48)));

    [Fact]
    public void ManyFields_ReportAllButTheFirst()
        => ExpectErrors<SingleFieldSubscriptionsRule>(
            """
            subscription Sub { importantEmails newDog { name } newCat { name } }
            """,
            Error("Subscription \"Sub\" must select only one top level field.", (1, 36), (1, 52)));

    [Fact]
    public void FieldsInFragments_AreCounted()
        => ExpectErrors<SingleFieldSubscriptionsRule>(
            """
            subscription Sub { importantEmails ...F }
            fragment F on SubscriptionRoot { newDog { name } newCat { name } }
            """,
            Error("Subscription \"Sub\" must select only one top level field.", (2, 34), (2, 50)));

    [Fact]
    public void FieldsInInlineFragments_AreCounted()
        => ExpectErrors<SingleFieldSubscriptionsRule>(
            """
            subscription Sub { ... on SubscriptionRoot { newDog { name } } ... { newCat { name } } }
            """,
            Error("Subscription \"Sub\" must select only one top level field.", (1, 70)));

    [Fact]
    public void AnonymousSubscription_WithMoreThanOneField_IsReported()
        => ExpectErrors<SingleFieldSubscriptionsRule>(
            """
            subscription { importantEmails newDog { name } }
            """,
            Error("Anonymous Subscription must select only one top level field.", (1, 32)));

    [Fact]
    public void IntrospectionField_IsReported()
        => ExpectErrors<SingleFieldSubscriptionsRule>(
            """
            subscription Sub { __typename }
            """,
            Error("Subscription \"Sub\" must not select an introspection top level field.", (1, 20)));

    [Fact]
    public void AnonymousIntrospectionField_IsReported()
        => ExpectErrors<SingleFieldSubscriptionsRule>(
            """
            subscription { __typename }
            """,
            Error("Anonymous Subscription must not select an introspection top level field.", (1, 16)));

    [Fact]
    public void SameFieldTwice_IsOneField()
        => ExpectValid<SingleFieldSubscriptionsRule>(
            """
            subscription Sub { importantEmails importantEmails }
            """);

    [Fact]
    public void FragmentOnOtherType_IsNotCollected()
        => ExpectValid<SingleFieldSubscriptionsRule>(
            """
            subscription S { importantEmails ... on QueryRoot { dog { name } } ...F }
            fragment F on Dog { name }
            """);

    [Fact]
    public void AliasedRootFields_AreDifferentFields()
        => ExpectErrors<SingleFieldSubscriptionsRule>(
            """
            subscription S { a: importantEmails b: importantEmails }
            """,
            Error("Subscription \"S\" must select only one top level field.", (1, 37)));
}
