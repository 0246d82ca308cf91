using KtPortal.GraphQL.Authorization;

namespace KtPortal.GraphQL.Types;

/// <summary><c>.Authorize(...)</c> on field and type descriptors, the descriptor form of <c>[Authorize]</c>.</summary>
public static class AuthorizationDescriptorExtensions
{
    /// <summary>Guards the field with <paramref name="rule"/>.</summary>
    public static IObjectFieldDescriptor Authorize(this IObjectFieldDescriptor descriptor, AuthorizationRule rule)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(rule);
        if (descriptor is not ObjectFieldDescriptor known)
        {
            throw new NotSupportedException("Authorize works on the engine's own field descriptors only.");
        }

        known.Definition.Authorization.Add(rule);
        return descriptor;
    }

    /// <summary>Guards the field: an authenticated caller holding one of <paramref name="roles"/> (any caller when empty).</summary>
    public static IObjectFieldDescriptor Authorize(this IObjectFieldDescriptor descriptor, params string[] roles)
        => descriptor.Authorize(new AuthorizationRule(null, [.. roles], []));

    /// <summary>Guards the field with the named policy.</summary>
    public static IObjectFieldDescriptor AuthorizePolicy(this IObjectFieldDescriptor descriptor, string policy)
        => descriptor.Authorize(new AuthorizationRule(policy, [], []));

    /// <summary>Guards every field of the type with <paramref name="rule"/>.</summary>
    public static IObjectTypeDescriptor Authorize(this IObjectTypeDescriptor descriptor, AuthorizationRule rule)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(rule);
        if (descriptor is not ITypeDefinitionDescriptor known)
        {
            throw new NotSupportedException("Authorize works on the engine's own type descriptors only.");
        }

        known.Data.Authorization.Add(rule);
        return descriptor;
    }

    /// <summary>Guards every field of the type: an authenticated caller holding one of <paramref name="roles"/>.</summary>
    public static IObjectTypeDescriptor Authorize(this IObjectTypeDescriptor descriptor, params string[] roles)
        => descriptor.Authorize(new AuthorizationRule(null, [.. roles], []));
}
