using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Subscriptions;
using KtPortal.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The schema and executor configuration of <see cref="IRequestExecutorBuilder"/>, mirroring <see cref="SchemaBuilder"/>.</summary>
public static partial class RequestExecutorBuilderExtensions
{
    /// <inheritdoc cref="SchemaBuilder.AddQueryType{T}"/>
    public static IRequestExecutorBuilder AddQueryType<T>(this IRequestExecutorBuilder builder)
        => Configure(builder, b => b.AddQueryType<T>());

    /// <inheritdoc cref="SchemaBuilder.AddQueryType(Action{IObjectTypeDescriptor})"/>
    public static IRequestExecutorBuilder AddQueryType(this IRequestExecutorBuilder builder, Action<IObjectTypeDescriptor> configure)
        => Configure(builder, b => b.AddQueryType(configure));

    /// <inheritdoc cref="SchemaBuilder.AddMutationType{T}"/>
    public static IRequestExecutorBuilder AddMutationType<T>(this IRequestExecutorBuilder builder)
        => Configure(builder, b => b.AddMutationType<T>());

    /// <inheritdoc cref="SchemaBuilder.AddMutationType(Action{IObjectTypeDescriptor})"/>
    public static IRequestExecutorBuilder AddMutationType(this IRequestExecutorBuilder builder, Action<IObjectTypeDescriptor> configure)
        => Configure(builder, b => b.AddMutationType(configure));

    /// <inheritdoc cref="SchemaBuilder.AddSubscriptionType{T}"/>
    public static IRequestExecutorBuilder AddSubscriptionType<T>(this IRequestExecutorBuilder builder)
        => Configure(builder, b => b.AddSubscriptionType<T>());

    /// <inheritdoc cref="SchemaBuilder.AddSubscriptionType(Action{IObjectTypeDescriptor})"/>
    public static IRequestExecutorBuilder AddSubscriptionType(this IRequestExecutorBuilder builder, Action<IObjectTypeDescriptor> configure)
        => Configure(builder, b => b.AddSubscriptionType(configure));

    /// <inheritdoc cref="SchemaBuilder.AddType{T}"/>
    public static IRequestExecutorBuilder AddType<T>(this IRequestExecutorBuilder builder)
        => Configure(builder, b => b.AddType<T>());

    /// <inheritdoc cref="SchemaBuilder.AddType(Type)"/>
    public static IRequestExecutorBuilder AddType(this IRequestExecutorBuilder builder, Type type)
        => Configure(builder, b => b.AddType(type));

    /// <inheritdoc cref="SchemaBuilder.AddType(ScalarType)"/>
    public static IRequestExecutorBuilder AddType(this IRequestExecutorBuilder builder, ScalarType scalar)
        => Configure(builder, b => b.AddType(scalar));

    /// <inheritdoc cref="SchemaBuilder.AddType(TypeSystemDefinition)"/>
    public static IRequestExecutorBuilder AddType(this IRequestExecutorBuilder builder, TypeSystemDefinition definition)
        => Configure(builder, b => b.AddType(definition));

    /// <inheritdoc cref="SchemaBuilder.AddTypeExtension{T}"/>
    public static IRequestExecutorBuilder AddTypeExtension<T>(this IRequestExecutorBuilder builder)
        => Configure(builder, b => b.AddTypeExtension<T>());

    /// <inheritdoc cref="SchemaBuilder.AddDirectiveType{T}"/>
    public static IRequestExecutorBuilder AddDirectiveType<T>(this IRequestExecutorBuilder builder)
        where T : DirectiveType
        => Configure(builder, b => b.AddDirectiveType<T>());

    /// <inheritdoc cref="SchemaBuilder.BindRuntimeType{TRuntime, TScalar}"/>
    public static IRequestExecutorBuilder BindRuntimeType<TRuntime, TScalar>(this IRequestExecutorBuilder builder)
        where TScalar : ScalarType
        => Configure(builder, b => b.BindRuntimeType<TRuntime, TScalar>());

    /// <inheritdoc cref="SchemaBuilder.AddDocumentFromString"/>
    public static IRequestExecutorBuilder AddDocumentFromString(this IRequestExecutorBuilder builder, string sdl)
        => Configure(builder, b => b.AddDocumentFromString(sdl));

    /// <inheritdoc cref="SchemaBuilder.AddGlobalObjectIdentification"/>
    public static IRequestExecutorBuilder AddGlobalObjectIdentification(
        this IRequestExecutorBuilder builder,
        Action<GlobalObjectIdentificationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<INodeIdSerializer>(NodeIdSerializer.Default);
        return builder.ConfigureSchema(b => b.AddGlobalObjectIdentification(configure));
    }

    /// <inheritdoc cref="SchemaBuilder.AddMutationConventions"/>
    public static IRequestExecutorBuilder AddMutationConventions(this IRequestExecutorBuilder builder, bool applyToAllMutations = false)
        => Configure(builder, b => b.AddMutationConventions(applyToAllMutations));

    /// <summary>Registers one <see cref="InMemoryPubSub"/> as the <see cref="ITopicEventSender"/> and <see cref="ITopicEventReceiver"/>.</summary>
    public static IRequestExecutorBuilder AddInMemorySubscriptions(this IRequestExecutorBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<InMemoryPubSub>();
        builder.Services.TryAddSingleton<ITopicEventSender>(provider => provider.GetRequiredService<InMemoryPubSub>());
        builder.Services.TryAddSingleton<ITopicEventReceiver>(provider => provider.GetRequiredService<InMemoryPubSub>());
        return builder;
    }

    /// <summary>Adds an error filter (a singleton created from the services).</summary>
    public static IRequestExecutorBuilder AddErrorFilter<T>(this IRequestExecutorBuilder builder)
        where T : class, IErrorFilter
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IErrorFilter, T>();
        return builder;
    }

    /// <summary>Changes the executor options (timeout, exception details, caches).</summary>
    public static IRequestExecutorBuilder ModifyRequestOptions(this IRequestExecutorBuilder builder, Action<RequestExecutorOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.AddSingleton(new RequestExecutorOptionsConfiguration(configure));
        return builder;
    }

    private static IRequestExecutorBuilder Configure(IRequestExecutorBuilder builder, Action<SchemaBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.ConfigureSchema(configure);
    }
}
