using System.Reflection;

namespace KtPortal.GraphQL.Data.Members;

/// <summary>An entity property as filtering and sorting see it.</summary>
/// <param name="Name">The GraphQL field name: camelCase, or the <see cref="GraphQLNameAttribute"/>.</param>
/// <param name="Property">The property.</param>
/// <param name="Kind">What can be done with it.</param>
/// <param name="ValueType">The property type without <see cref="Nullable{T}"/>, or the element type of a collection.</param>
/// <param name="IsNullable">Whether the property may hold null (a nullable value type or a nullable reference).</param>
/// <param name="IsNotFilterable">Whether <see cref="NotFilterableAttribute"/> keeps it out of filter inputs.</param>
/// <param name="IsNotSortable">Whether <see cref="NotSortableAttribute"/> keeps it out of sort inputs.</param>
/// <param name="Id">
/// For a member holding the key of a global ID (a scalar marked <see cref="IDAttribute"/>, or the id of a
/// <see cref="NodeAttribute"/> class): the attribute, or an <see cref="IDAttribute"/> of the declaring node type.
/// Filters compare it with global IDs, decoded to keys.
/// </param>
internal sealed record DataMember(
    string Name,
    PropertyInfo Property,
    MemberKind Kind,
    Type ValueType,
    bool IsNullable,
    bool IsNotFilterable,
    bool IsNotSortable,
    IDAttribute? Id = null)
{
    /// <summary>Whether the element kind of a <see cref="MemberKind.ScalarList"/>, or the kind itself otherwise.</summary>
    public MemberKind ElementKind => Kind == MemberKind.ScalarList ? DataMembers.Classify(ValueType) : Kind;
}
