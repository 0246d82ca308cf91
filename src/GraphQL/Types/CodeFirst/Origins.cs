using System.Reflection;

namespace KtPortal.GraphQL.Types.CodeFirst;

/// <summary>How schema errors name the C# member that declared a definition, e.g. <c>MyApp.Query.GetUser(int)</c>.</summary>
internal static class Origins
{
    public static string Of(Type type)
    {
        if (type.IsGenericType)
        {
            var name = type.GetGenericTypeDefinition().FullName ?? type.Name;
            var tick = name.IndexOf('`', StringComparison.Ordinal);
            return $"{Clean(tick < 0 ? name : name[..tick])}<{string.Join(", ", type.GetGenericArguments().Select(Short))}>";
        }

        return Clean(type.FullName ?? type.Name);
    }

    public static string Of(MemberInfo member) => member switch
    {
        Type type => Of(type),
        MethodInfo method => $"{Of(method.ReflectedType ?? method.DeclaringType!)}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => Short(p.ParameterType)))})",
        _ => $"{Of(member.ReflectedType ?? member.DeclaringType!)}.{member.Name}",
    };

    public static string Of(ParameterInfo parameter) => $"{Of(parameter.Member)}, parameter {parameter.Name}";

    private static string Clean(string name) => name.Replace('+', '.');

    private static string Short(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Short(underlying) + "?";
        }

        if (type.IsArray)
        {
            return Short(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericType)
        {
            var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
            return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(Short))}>";
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.String => "string",
            TypeCode.Int32 => "int",
            TypeCode.Int64 => "long",
            TypeCode.Int16 => "short",
            TypeCode.Byte => "byte",
            TypeCode.Boolean => "bool",
            TypeCode.Double => "double",
            TypeCode.Single => "float",
            TypeCode.Decimal => "decimal",
            _ when type == typeof(object) => "object",
            _ => type.Name,
        };
    }
}
