using System.Reflection;
using System.Text;

namespace KtPortal.GraphQL.Types.CodeFirst;

/// <summary>The naming conventions that turn CLR names into GraphQL names.</summary>
internal static class Naming
{
    public static string TypeName(Type type)
    {
        if (type.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return named.Name;
        }

        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    public static string InterfaceName(Type type)
    {
        if (type.GetCustomAttribute<InterfaceTypeAttribute>()?.Name is { } explicitName)
        {
            return explicitName;
        }

        var name = TypeName(type);
        return type.IsInterface && type.GetCustomAttribute<GraphQLNameAttribute>() is null
            && name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1])
            ? name[1..]
            : name;
    }

    public static string InputTypeName(Type type)
    {
        var name = TypeName(type);
        return type.GetCustomAttribute<GraphQLNameAttribute>() is not null || name.EndsWith("Input", StringComparison.Ordinal)
            ? name
            : name + "Input";
    }

    public static string MemberName(MemberInfo member)
    {
        if (member.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return named.Name;
        }

        var name = member.Name;
        if (member is MethodInfo)
        {
            if (name.Length > 3 && name.StartsWith("Get", StringComparison.Ordinal) && char.IsUpper(name[3]))
            {
                name = name[3..];
            }

            if (name.Length > 5 && name.EndsWith("Async", StringComparison.Ordinal))
            {
                name = name[..^5];
            }
        }

        return CamelCase(name);
    }

    public static string ParameterName(ParameterInfo parameter)
        => parameter.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? CamelCase(parameter.Name ?? "arg" + parameter.Position);

    public static string EnumValueName(FieldInfo member)
        => member.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? UpperSnake(member.Name);

    // Leading capitals are lowered together so that acronyms read naturally: "ID" -> "id", "URLPath" -> "urlPath".
    public static string CamelCase(string name)
    {
        if (name.Length == 0 || char.IsLower(name[0]))
        {
            return name;
        }

        var upper = 0;
        while (upper < name.Length && char.IsUpper(name[upper]))
        {
            upper++;
        }

        var lower = upper == name.Length ? upper : Math.Max(1, upper - 1);
        return string.Concat(name[..lower].ToLowerInvariant(), name.AsSpan(lower));
    }

    public static string UpperSnake(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && name[i - 1] != '_'
                && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }
}
