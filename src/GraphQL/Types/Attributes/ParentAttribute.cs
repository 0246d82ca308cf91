namespace KtPortal.GraphQL;

/// <summary>Binds a resolver parameter to the parent value.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ParentAttribute : Attribute
{
}
