namespace KtPortal.GraphQL;

/// <summary>Makes an input class a OneOf input object (<c>@oneOf</c>): exactly one field must be given.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OneOfAttribute : Attribute
{
}
