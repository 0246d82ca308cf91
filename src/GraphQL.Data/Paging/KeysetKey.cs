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
        var members = MemberPath.Of(sort.Selector);
        var path = string.Join('.', members.Select(m => m.Name));
        var valueType = sort.Selector.ReturnType;
        return new KeysetKey(sort.Selector, sort.Descending, path, valueType, IsNullablePath(members, valueType));
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
