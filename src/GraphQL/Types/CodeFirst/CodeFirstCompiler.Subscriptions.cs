using System.Linq.Expressions;
using System.Reflection;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Subscriptions;

namespace KtPortal.GraphQL.Types.CodeFirst;

// Subscription root fields. The source stream is, in this order: the method named by [Subscribe(With = ...)];
// the method itself when it returns IAsyncEnumerable<T> and has no [Topic] (the field's value is then the event);
// otherwise the topic of [Topic] (or the field name), whose messages are the [EventMessage] parameter's type
// or the field's result type.
internal sealed partial class CodeFirstCompiler
{
    private static readonly FieldResolverDelegate EventResolver = context => new ValueTask<object?>(context.Parent());

    private FieldModel? SubscriptionField(MethodInfo method, Type declaringType, Func<ParameterExpression, Expression>? instance)
    {
        var subscribe = method.GetCustomAttribute<SubscribeAttribute>();
        var topic = method.GetCustomAttribute<TopicAttribute>();
        var origin = Origins.Of(method);

        if (subscribe?.With is { } with)
        {
            var field = Field(method, declaringType, instance, isInterface: false);
            var streamMethod = declaringType.GetMethod(with, BindingFlags.Public | BindingFlags.Instance);
            if (field is null || streamMethod is null)
            {
                if (streamMethod is null)
                {
                    Error($"[Subscribe(With = \"{with}\")] names no public instance method of {Origins.Of(declaringType)}.", origin);
                }

                return null;
            }

            AddArguments(field, streamMethod);
            field.SubscribeResolver = StreamResolver(streamMethod, instance, Origins.Of(streamMethod));
            return field;
        }

        if (topic is null && AsyncEnumerableElement(method.ReturnType) is { } element)
        {
            // The method is the field's member, so that its attributes ([Authorize] among them) apply to the field.
            var field = new FieldModel(Naming.MemberName(method), origin)
            {
                Member = method,
                Description = Description(method),
                DeprecationReason = DeprecationReason(method),
                Type = TypeReference(method, element, _nullability.Create(method.ReturnParameter).GenericTypeArguments is [var inner] ? inner : null, isInput: false, origin),
                Resolver = EventResolver,
            };
            AddArguments(field, method);
            field.SubscribeResolver = StreamResolver(method, instance, origin);
            return field;
        }

        var topicField = Field(method, declaringType, instance, isInterface: false);
        if (topicField is null)
        {
            return null;
        }

        var template = new TopicTemplate(topic?.Template ?? topicField.Name);
        foreach (var placeholder in template.Placeholders)
        {
            if (!topicField.Arguments.Exists(a => a.Name == placeholder))
            {
                Error($"The topic \"{template.Template}\" refers to {{{placeholder}}}, which is not an argument of the field \"{topicField.Name}\".", origin);
            }
        }

        var messageType = method.GetParameters().FirstOrDefault(p => p.IsDefined(typeof(EventMessageAttribute)))?.ParameterType
            ?? UnwrapTask(method.ReturnType, null).Type;
        topicField.SubscribeResolver = (SubscribeResolverDelegate)typeof(SubscribeResolvers)
            .GetMethod(nameof(SubscribeResolvers.FromTopic))!
            .MakeGenericMethod(messageType)
            .Invoke(null, [template])!;
        return topicField;
    }

    private SubscribeResolverDelegate? StreamResolver(MethodInfo method, Func<ParameterExpression, Expression>? instance, string origin)
    {
        var createStream = ResolverCompiler.CompileRaw(method, instance, BindParameter);
        string factory;
        Type element;
        if (AsyncEnumerableElement(method.ReturnType) is { } itemType)
        {
            factory = nameof(SubscribeResolvers.FromAsyncEnumerable);
            element = itemType;
        }
        else if (SourceStreamMessage(UnwrapTask(method.ReturnType, null).Type) is { } messageType)
        {
            factory = nameof(SubscribeResolvers.FromSourceStreamTask);
            element = messageType;
        }
        else
        {
            Error($"A subscription stream method must return IAsyncEnumerable<T> or a (value) task of ISourceStream<T>, not {method.ReturnType}.", origin);
            return null;
        }

        return (SubscribeResolverDelegate)typeof(SubscribeResolvers).GetMethod(factory)!
            .MakeGenericMethod(element)
            .Invoke(null, [createStream])!;
    }

    private static Type? AsyncEnumerableElement(Type type)
        => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>) ? type.GetGenericArguments()[0] : null;

    private static Type? SourceStreamMessage(Type type)
        => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ISourceStream<>) ? type.GetGenericArguments()[0] : null;
}
