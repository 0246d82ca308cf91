namespace KtPortal.GraphQL;

/// <summary>Binds a subscription resolver parameter to the event being delivered.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class EventMessageAttribute : Attribute
{
}
