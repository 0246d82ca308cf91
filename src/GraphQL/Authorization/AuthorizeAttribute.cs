using System.Reflection;
using System.Runtime.CompilerServices;
using KtPortal.GraphQL.Authorization;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL;

/// <summary>
/// Guards a field, or every field of a class, with an <see cref="AuthorizationRule"/>: checked before the
/// resolver runs; a caller that fails it gets <c>null</c> and an <c>AUTH_NOT_AUTHENTICATED</c> or
/// <c>AUTH_NOT_AUTHORIZED</c> field error. On the CLR type of an object type it guards every field of that type
/// (type extensions included); on a <c>[QueryType]</c> or extension class, the fields that class declares. On an
/// <c>[InterfaceType]</c>, or one of its members, it guards those fields on every object type implementing it.
/// As in HotChocolate, the rule is not printed in the SDL.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface | AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class AuthorizeAttribute : ObjectFieldDescriptorAttribute
{
    /// <summary>Requires an authenticated caller (and whatever the properties add).</summary>
    /// <param name="order">Filled in by the compiler.</param>
    public AuthorizeAttribute([CallerLineNumber] int order = 0)
        : base(order)
    {
    }

    /// <summary>A named policy the caller must satisfy.</summary>
    public string? Policy { get; init; }

    /// <summary>Roles of which the caller must hold at least one.</summary>
    public string[] Roles { get; init; } = [];

    /// <summary>Scopes the caller's token must all carry.</summary>
    public string[] Scopes { get; init; } = [];

    /// <summary>The rule this attribute states.</summary>
    public AuthorizationRule ToRule() => new(Policy, [.. Roles], [.. Scopes]);

    /// <inheritdoc/>
    protected internal override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member)
        => descriptor.Authorize(ToRule());
}
