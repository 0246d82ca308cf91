using System.Linq.Expressions;
using System.Reflection;
using KtPortal.GraphQL.Execution;

namespace KtPortal.GraphQL.Types.CodeFirst;

/// <summary>Compiles a property, field or method into a <see cref="FieldResolverDelegate"/>, once, at build time.</summary>
internal static class ResolverCompiler
{
    private static readonly MethodInfo ParentMethod = typeof(IResolverContext).GetMethod(nameof(IResolverContext.Parent), 1, Type.EmptyTypes)!;
    private static readonly MethodInfo InstanceGetMethod = typeof(ResolverInstance).GetMethod(nameof(ResolverInstance.Get))!;
    private static readonly PropertyInfo ServicesProperty = typeof(IResolverContext).GetProperty(nameof(IResolverContext.Services))!;

    /// <summary>The parent value as <paramref name="type"/>.</summary>
    public static Expression Parent(ParameterExpression context, Type type)
        => Expression.Call(context, ParentMethod.MakeGenericMethod(type));

    /// <summary>The instance a root or extension class's method runs on.</summary>
    public static Expression Instance(ParameterExpression context, ResolverInstance instance, Type type)
        => Expression.Convert(
            Expression.Call(Expression.Constant(instance), InstanceGetMethod, Expression.Property(context, ServicesProperty)),
            type);

    /// <summary>
    /// Compiles <paramref name="member"/> read or called on <paramref name="instance"/> (ignored for static members),
    /// with each parameter bound by <paramref name="bindParameter"/>.
    /// </summary>
    public static FieldResolverDelegate Compile(
        MemberInfo member,
        Func<ParameterExpression, Expression>? instance,
        Func<ParameterInfo, ParameterExpression, Expression> bindParameter)
    {
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        var body = Adapt(Access(member, instance?.Invoke(context), context, bindParameter));
        return Expression.Lambda<FieldResolverDelegate>(body, context).Compile();
    }

    /// <summary>
    /// Compiles a node resolver method: like <see cref="Compile"/>, with a second delegate parameter (the decoded
    /// key) that <paramref name="bindParameter"/> may bind parameters to.
    /// </summary>
    public static NodeResolverDelegate CompileKeyed(
        MethodInfo method,
        Func<ParameterExpression, Expression>? instance,
        Func<ParameterInfo, ParameterExpression, ParameterExpression, Expression> bindParameter)
    {
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        var key = Expression.Parameter(typeof(object), "key");
        var body = Adapt(Access(method, instance?.Invoke(context), context, (parameter, c) => bindParameter(parameter, c, key)));
        return Expression.Lambda<NodeResolverDelegate>(body, context, key).Compile();
    }

    /// <summary>Compiles a method into a delegate that returns its raw result (used for subscription streams).</summary>
    public static Func<IResolverContext, object?> CompileRaw(
        MethodInfo method,
        Func<ParameterExpression, Expression>? instance,
        Func<ParameterInfo, ParameterExpression, Expression> bindParameter)
    {
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        var call = Access(method, instance?.Invoke(context), context, bindParameter);
        return Expression.Lambda<Func<IResolverContext, object?>>(Expression.Convert(call, typeof(object)), context).Compile();
    }

    private static Expression Access(
        MemberInfo member,
        Expression? instance,
        ParameterExpression context,
        Func<ParameterInfo, ParameterExpression, Expression> bindParameter)
    {
        switch (member)
        {
            case PropertyInfo property:
                return Expression.Property(property.GetMethod!.IsStatic ? null : instance, property);
            case FieldInfo field:
                return Expression.Field(field.IsStatic ? null : instance, field);
            case MethodInfo method:
                var arguments = method.GetParameters().Select(p => bindParameter(p, context));
                return Expression.Call(method.IsStatic ? null : instance, method, arguments);
            default:
                throw new NotSupportedException($"{member.MemberType} members cannot be resolvers.");
        }
    }

    private static Expression Adapt(Expression value)
    {
        var type = value.Type;
        if (type == typeof(void))
        {
            return Expression.Block(value, Expression.Default(typeof(ValueTask<object?>)));
        }

        if (type == typeof(Task))
        {
            return Expression.Call(typeof(ResultAdapters), nameof(ResultAdapters.FromTask), null, value);
        }

        if (type == typeof(ValueTask))
        {
            return Expression.Call(typeof(ResultAdapters), nameof(ResultAdapters.FromValueTask), null, value);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>))
        {
            return Expression.Call(typeof(ResultAdapters), nameof(ResultAdapters.FromTaskOf), type.GetGenericArguments(), value);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            return Expression.Call(typeof(ResultAdapters), nameof(ResultAdapters.FromValueTaskOf), type.GetGenericArguments(), value);
        }

        return Expression.Call(typeof(ResultAdapters), nameof(ResultAdapters.FromValue), null, Expression.Convert(value, typeof(object)));
    }
}
