using System.Linq.Expressions;
using System.Reflection;
using KtPortal.GraphQL.Utilities;

namespace KtPortal.GraphQL.Types.CodeFirst;

/// <summary>
/// Compiles the factory that builds an input object's CLR value from its coerced fields: constructor parameters
/// are matched by name (records), then the settable properties given are assigned.
/// </summary>
internal static class InputFactoryCompiler
{
    public static Func<IReadOnlyDictionary<string, object?>, object> Compile(
        Type type,
        IReadOnlyDictionary<string, string> fieldNameByMember)
    {
        var fields = Expression.Parameter(typeof(IReadOnlyDictionary<string, object?>), "fields");
        var constructor = Constructor(type);
        var parameters = constructor?.GetParameters() ?? [];
        var bound = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        var arguments = new List<Expression>(parameters.Length);
        foreach (var parameter in parameters)
        {
            var member = type.GetProperty(parameter.Name!, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            var name = member is not null && fieldNameByMember.TryGetValue(member.Name, out var mapped)
                ? mapped
                : Naming.ParameterName(parameter);
            var fallback = parameter.HasDefaultValue && parameter.DefaultValue is not null
                ? Expression.Constant(DefaultValue(parameter), parameter.ParameterType)
                : (Expression)Expression.Default(parameter.ParameterType);
            arguments.Add(FieldValue(fields, name, parameter.ParameterType, fallback));
            if (member is not null)
            {
                bound.Add(member.Name);
            }
        }

        var instance = Expression.Variable(type, "instance");
        var body = new List<Expression>
        {
            Expression.Assign(instance, constructor is null ? Expression.New(type) : Expression.New(constructor, arguments)),
        };

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (bound.Contains(property.Name) || property.SetMethod is not { IsPublic: true }
                || !fieldNameByMember.TryGetValue(property.Name, out var name))
            {
                continue;
            }

            body.Add(Expression.IfThen(
                Expression.Call(fields, typeof(IReadOnlyDictionary<string, object?>).GetMethod("ContainsKey")!, Expression.Constant(name)),
                Expression.Assign(
                    Expression.Property(instance, property),
                    FieldValue(fields, name, property.PropertyType, Expression.Default(property.PropertyType)))));
        }

        body.Add(Expression.Convert(instance, typeof(object)));
        return Expression.Lambda<Func<IReadOnlyDictionary<string, object?>, object>>(Expression.Block([instance], body), fields).Compile();
    }

    private static Expression FieldValue(ParameterExpression fields, string name, Type type, Expression fallback)
        => Expression.Call(typeof(InputValueConverter), nameof(InputValueConverter.Field), [type], fields, Expression.Constant(name), fallback);

    // Enum defaults of Nullable<TEnum> parameters come back as the underlying integer.
    private static object DefaultValue(ParameterInfo parameter)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return type.IsEnum && parameter.DefaultValue!.GetType() != type ? Enum.ToObject(type, parameter.DefaultValue) : parameter.DefaultValue!;
    }

    // The constructor with the most parameters wins: for records that is the primary constructor.
    private static ConstructorInfo? Constructor(Type type)
        => type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .Where(c => !c.GetParameters().Any(p => p.ParameterType == type))
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault();
}
