namespace KtPortal.GraphQL;

/// <summary>Binds a resolver parameter to a service of the request scope.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ServiceAttribute : Attribute
{
}
