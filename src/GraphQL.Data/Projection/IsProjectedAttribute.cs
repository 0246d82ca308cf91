namespace KtPortal.GraphQL.Data.Projection;

/// <summary>
/// Controls whether <c>[UseProjection]</c> loads an entity property whatever the request selects: <c>true</c> for
/// members that code reads behind the scenes (authorization, computed fields), <c>false</c> for members that must
/// never be loaded by a projection (a large blob that has its own resolver).
/// </summary>
/// <param name="isProjected">Whether the member is always (true) or never (false) projected.</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class IsProjectedAttribute(bool isProjected = true) : Attribute
{
    /// <summary>Whether the member is always (true) or never (false) projected.</summary>
    public bool IsProjected { get; } = isProjected;
}
