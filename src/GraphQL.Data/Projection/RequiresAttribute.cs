using System.Reflection;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Data.Projection;

/// <summary>
/// On a computed field (a method or a type-extension member reading its parent), names the parent's members it
/// reads, so that <c>[UseProjection]</c> loads them when the field is selected. Paths are CLR member names,
/// dotted through navigations: <c>[Requires(nameof(Ticket.CreatedAt), "Requester.DisplayName")]</c>.
/// </summary>
/// <param name="paths">Member paths on the parent entity.</param>
public sealed class RequiresAttribute(params string[] paths) : ObjectFieldDescriptorAttribute(0)
{
    /// <summary>The key of <see cref="OutputField.ContextData"/> holding the paths.</summary>
    public const string ContextKey = "KtPortal.Data.Requires";

    /// <summary>Member paths on the parent entity.</summary>
    public IReadOnlyList<string> Paths { get; } = paths;

    /// <inheritdoc/>
    protected override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member)
        => descriptor.ContextData(ContextKey, Paths);
}
