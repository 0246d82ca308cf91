using System.Reflection;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Data.Members;

/// <summary>
/// The scalar a comparable member's values are, asked of the schema only for CLR types it maps by convention:
/// asking about a type it cannot map (<see cref="long"/>) would record a schema error.
/// </summary>
internal static class ScalarNames
{
    /// <summary>
    /// The scalar name of <paramref name="member"/>'s values: from its <see cref="GraphQLTypeAttribute"/> (a scalar
    /// class or a type reference such as <c>Long!</c>), else by convention; <see langword="null"/> when there is none.
    /// </summary>
    public static string? Of(IDescriptorContext context, DataMember member)
    {
        if (member.Property.GetCustomAttribute<GraphQLTypeAttribute>() is { } declared)
        {
            if (declared.TypeSyntax is { } syntax)
            {
                return syntax.Trim('[', ']', '!', ' ');
            }

            if (typeof(ScalarType).IsAssignableFrom(declared.Type) || IsConventional(declared.Type!))
            {
                return context.GetTypeName(declared.Type!, isInput: true);
            }

            return null;
        }

        return IsConventional(member.ValueType) ? context.GetTypeName(member.ValueType, isInput: true) : null;
    }

    private static bool IsConventional(Type type)
        => ExtendedScalars.TryGetScalarFor(type, out _) || Type.GetTypeCode(type) is TypeCode.UInt16 or TypeCode.SByte;
}
