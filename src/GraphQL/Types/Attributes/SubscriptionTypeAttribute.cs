namespace KtPortal.GraphQL;

/// <summary>Adds the public members of the annotated class as fields of the <c>Subscription</c> type.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SubscriptionTypeAttribute : Attribute
{
}
