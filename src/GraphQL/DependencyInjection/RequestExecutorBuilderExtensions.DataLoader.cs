using KtPortal.GraphQL.Fetching;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static partial class RequestExecutorBuilderExtensions
{
    /// <summary>
    /// Registers the DataLoader <typeparamref name="TLoader"/> as a scoped service (one instance, and one cache,
    /// per request scope) and the <see cref="IBatchScheduler"/> it is built with. A resolver gets it as a
    /// parameter.
    /// </summary>
    public static IRequestExecutorBuilder AddDataLoader<TLoader>(this IRequestExecutorBuilder builder)
        where TLoader : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddBatchScheduler();
        builder.Services.TryAddScoped<TLoader>();
        return builder;
    }

    /// <summary>
    /// Registers the DataLoader <typeparamref name="TImplementation"/> as a scoped service, also resolvable as
    /// <typeparamref name="TService"/> (the same instance within a scope), and the <see cref="IBatchScheduler"/>.
    /// </summary>
    public static IRequestExecutorBuilder AddDataLoader<TService, TImplementation>(this IRequestExecutorBuilder builder)
        where TService : class
        where TImplementation : class, TService
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddBatchScheduler();
        builder.Services.TryAddScoped<TImplementation>();
        builder.Services.TryAddScoped<TService>(provider => provider.GetRequiredService<TImplementation>());
        return builder;
    }

    /// <summary>
    /// Registers <see cref="DefaultBatchScheduler"/> as the <see cref="IBatchScheduler"/> DataLoaders are built
    /// with. <see cref="AddDataLoader{TLoader}"/> does this; call it directly when loaders are only made with
    /// <see cref="DataLoaderResolverContextExtensions"/>.
    /// </summary>
    public static IRequestExecutorBuilder AddBatchScheduler(this IRequestExecutorBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<IBatchScheduler>(DefaultBatchScheduler.Instance);
        return builder;
    }
}
