using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types.CodeFirst;

// Resolver method parameters: GraphQL arguments, or values the resolver context supplies.
//
// A parameter is bound, in this order, to: the cancellation token of the request (CancellationToken); the
// resolver context (IResolverContext); the request services (IServiceProvider); the parent value ([Parent]);
// the subscription event ([EventMessage]); a request service ([Service], or a type the root services report as
// registered through IServiceProviderIsService, or an interface or abstract class that is not a GraphQL
// interface or union). Every other parameter is a GraphQL argument.
internal sealed partial class CodeFirstCompiler
{
    private static readonly MethodInfo ArgumentValueMethod = typeof(IResolverContext).GetMethod(nameof(IResolverContext.ArgumentValue), 1, [typeof(string)])!;
    private static readonly MethodInfo RawArgumentValueMethod = typeof(IResolverContext).GetMethod(nameof(IResolverContext.ArgumentValue), 0, [typeof(string)])!;
    private static readonly MethodInfo DecodeIdMethod = typeof(NodeIds).GetMethod(nameof(NodeIds.Decode))!;
    private static readonly MethodInfo ServiceMethod = typeof(IResolverContext).GetMethod(nameof(IResolverContext.Service))!;
    private static readonly MethodInfo GetServiceMethod = typeof(IServiceProvider).GetMethod(nameof(IServiceProvider.GetService))!;

    private enum ParameterKind
    {
        Argument,
        CancellationToken,
        Context,
        Services,
        Parent,
        EventMessage,
        Service,
    }

    private ParameterKind Classify(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (type == typeof(CancellationToken))
        {
            return ParameterKind.CancellationToken;
        }

        if (type == typeof(IResolverContext))
        {
            return ParameterKind.Context;
        }

        if (type == typeof(IServiceProvider))
        {
            return ParameterKind.Services;
        }

        if (parameter.IsDefined(typeof(ParentAttribute)))
        {
            return ParameterKind.Parent;
        }

        if (parameter.IsDefined(typeof(EventMessageAttribute)))
        {
            return ParameterKind.EventMessage;
        }

        return parameter.IsDefined(typeof(ServiceAttribute)) || IsInferredService(type) ? ParameterKind.Service : ParameterKind.Argument;
    }

    private bool IsInferredService(Type type)
    {
        if (ScalarFor(Nullable.GetUnderlyingType(type) ?? type) is not null || type.IsEnum)
        {
            return false;
        }

        if ((type.IsInterface || type.IsAbstract) && !TryGetListElement(type, null, out _, out _)
            && !type.IsDefined(typeof(InterfaceTypeAttribute)) && !type.IsDefined(typeof(UnionTypeAttribute)))
        {
            return true;
        }

        return _isService?.IsService(type) == true;
    }

    private Expression BindParameter(ParameterInfo parameter, ParameterExpression context)
    {
        var type = parameter.ParameterType;
        return Classify(parameter) switch
        {
            ParameterKind.CancellationToken => Expression.Property(context, nameof(IResolverContext.RequestAborted)),
            ParameterKind.Context => context,
            ParameterKind.Services => Expression.Property(context, nameof(IResolverContext.Services)),
            ParameterKind.Parent or ParameterKind.EventMessage => ResolverCompiler.Parent(context, type),
            ParameterKind.Service when _nullability.Create(parameter).ReadState == NullabilityState.Nullable || parameter.HasDefaultValue
                => Expression.Convert(
                    Expression.Call(Expression.Property(context, nameof(IResolverContext.Services)), GetServiceMethod, Expression.Constant(type)),
                    type),
            ParameterKind.Service => Expression.Call(context, ServiceMethod.MakeGenericMethod(type)),
            _ when IdInputDecoderFor(type) is { } decoder => DecodeIdInput(
                decoder,
                type,
                Expression.Call(context, RawArgumentValueMethod, Expression.Constant(Naming.ParameterName(parameter))),
                context),
            _ when parameter.GetCustomAttribute<IDAttribute>(true) is { } id => DecodeId(
                parameter,
                Expression.Call(context, RawArgumentValueMethod, Expression.Constant(Naming.ParameterName(parameter))),
                context,
                id),
            _ => Expression.Call(context, ArgumentValueMethod.MakeGenericMethod(type), Expression.Constant(Naming.ParameterName(parameter))),
        };
    }

    /// <summary>The CLR key (or keys) of the global ID (or IDs) <paramref name="value"/> evaluates to.</summary>
    private Expression DecodeId(ParameterInfo parameter, Expression value, ParameterExpression context, IDAttribute id)
        => Expression.Call(
            DecodeIdMethod.MakeGenericMethod(parameter.ParameterType),
            context,
            value,
            Expression.Constant(IdTypeName(id, Origins.Of(parameter)), typeof(string)));

    private void AddArguments(FieldModel field, MethodInfo method)
    {
        foreach (var parameter in method.GetParameters())
        {
            if (parameter.ParameterType.IsByRef || parameter.IsOut)
            {
                Error($"The parameter {parameter.Name} is passed by reference, so it cannot bind to an argument.", Origins.Of(parameter));
                continue;
            }

            if (Classify(parameter) != ParameterKind.Argument || field.Arguments.Exists(a => a.Name == Naming.ParameterName(parameter)))
            {
                continue;
            }

            var argument = Argument(parameter);
            if (argument is not null)
            {
                field.Arguments.Add(argument);
            }
        }
    }

    private ArgumentModel? Argument(ParameterInfo parameter)
    {
        var origin = Origins.Of(parameter);
        var argument = new ArgumentModel(Naming.ParameterName(parameter), origin)
        {
            Description = Description(parameter),
            DeprecationReason = DeprecationReason(parameter),
            Type = IsIdMember(parameter)
                ? IdTypeReference(parameter.ParameterType, _nullability.Create(parameter))
                : TypeReference(parameter, parameter.ParameterType, _nullability.Create(parameter), isInput: true, origin),
        };

        argument.DefaultValue = DefaultLiteral(parameter, origin);
        CostAttributes.AddTo(argument.Directives, parameter);
        return argument.Type is null ? null : argument;
    }

    /// <summary>
    /// The SDL default of a parameter: none when it has no C# default, and none when that default is
    /// <see langword="null"/> (<c>string? salutation = null</c> is <c>salutation: String</c>): an omitted
    /// nullable argument reads as null anyway, and the schema stays the one a reader expects.
    /// </summary>
    private IValueNode? DefaultLiteral(ParameterInfo parameter, string origin)
        => parameter.HasDefaultValue && parameter.DefaultValue is not null
            ? Literal(parameter.DefaultValue, parameter.ParameterType, origin)
            : null;

    /// <summary>The SDL literal of a C# default value.</summary>
    private IValueNode? Literal(object? value, Type type, string origin)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        switch (value)
        {
            case null:
                return new NullValueNode(null);
            case bool boolean:
                return new BooleanValueNode(null, boolean);
            case string text:
                return new StringValueNode(null, text, false);
            case Enum or int or long when underlying.IsEnum:
                var enumField = underlying.GetField(Enum.GetName(underlying, value) ?? "", BindingFlags.Public | BindingFlags.Static);
                return enumField is null ? null : new EnumValueNode(null, Naming.EnumValueName(enumField));
            case byte or sbyte or short or ushort or int or uint or long or ulong:
                return new IntValueNode(null, Convert.ToString(value, CultureInfo.InvariantCulture)!);
            case float or double or decimal:
                var number = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                return decimal.Truncate(number) == number
                    ? new IntValueNode(null, number.ToString("0", CultureInfo.InvariantCulture))
                    : new FloatValueNode(null, Convert.ToString(value, CultureInfo.InvariantCulture)!);
            case IValueNode literal:
                return literal;
            case System.Collections.IEnumerable items:
                var values = new List<IValueNode>();
                foreach (var item in items)
                {
                    if (Literal(item, item?.GetType() ?? typeof(object), origin) is not { } itemLiteral)
                    {
                        return null;
                    }

                    values.Add(itemLiteral);
                }

                return new ListValueNode(null, values);
            default:
                Error($"The default value {value} cannot be written as a GraphQL literal.", origin);
                return null;
        }
    }
}
