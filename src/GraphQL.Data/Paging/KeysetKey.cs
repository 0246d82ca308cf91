using System.Linq.Expressions;
using System.Reflection;

namespace KtPortal.GraphQL.Data.Paging;

/// <summary>
/// One key of a keyset ordering: the member path a <see cref="SortKey"/> selects and whether it can be null.
/// </summary>
internal sealed class KeysetKey
{
    private static readonly NullabilityInfoContext Nullability = new();

    private KeysetKey(LambdaExpression selector, bool descending, string path, Type valueType, bool isNullable)
    {
        Selector = selector;
        Descending = descending;
        Path = path;
        ValueType = valueType;
        IsNullable = isNullable;
    }

    /// <summary>The lambda from the entity to the key.</summary>
    public LambdaExpression Selector { get; }

    /// <summary>Whether the requested order is from high to low.</summary>
    public bool Descending { get; }

    /// <summary>The member path, for example <c>Requester.DisplayName</c>.</summary>
    public string Path { get; }

    /// <summary>The CLR type of the key's value.</summary>
    public Type ValueType { get; }

    /// <summary>Whether the key can be null: a nullable value type, a reference annotated nullable, or a path through a nullable navigation.</summary>
    public bool IsNullable { get; }

    public static KeysetKey From(SortKey sort)
    {
        // The path and nullability are the member's; the rows are ordered, compared and their cursors made by what
        // they are ordered by (an enum's rank for a key in declared order).
        var members = MemberPath.Of(sort.Selector);
        var path = string.Join('.', members.Select(m => m.Name));
        var selector = sort.OrderSelector;
        return new KeysetKey(selector, sort.Descending, path, selector.ReturnType, IsNullablePath(members, sort.Selector.ReturnType));
    }

    private static bool IsNullablePath(IReadOnlyList<MemberInfo> members, Type valueType)
    {
        if (Nullable.GetUnderlyingType(valueType) is not null)
        {
            return true;
        }

        foreach (var member in members)
        {
            var type = member is PropertyInfo p ? p.PropertyType : ((FieldInfo)member).FieldType;
            if (type.IsValueType)
            {
                if (Nullable.GetUnderlyingType(type) is not null)
                {
                    return true;
                }

                continue;
            }

            var info = member is PropertyInfo property ? Nullability.Create(property) : Nullability.Create((FieldInfo)member);
            if (info.ReadState != NullabilityState.NotNull)
            {
                return true;
            }
        }

        return false;
    }
}
