using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers a GraphQL server in a service collection.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="Schema"/> and the <see cref="IRequestExecutor"/> as singletons. The schema is
    /// built once, when first resolved, with the application's services as root services. Every call on the same
    /// collection configures the same server, so each module can add its own types.
    /// </summary>
    public static IRequestExecutorBuilder AddGraphQLServer(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.FirstOrDefault(d => d.ServiceType == typeof(RequestExecutorBuilder))?.ImplementationInstance is RequestExecutorBuilder existing)
        {
            return existing;
        }

        var builder = new RequestExecutorBuilder(services);
        services.AddSingleton(builder);
        services.AddRequestExecutorOptions();
        services.TryAddSingleton(provider => builder.BuildSchema(provider));
        services.TryAddSingleton<IRequestExecutor>(provider => new RequestExecutor(
            provider.GetRequiredService<Schema>(),
            provider.GetService<RequestExecutorOptions>(),
            provider,
            provider.GetServices<IErrorFilter>(),
            provider.GetService<ILogger<RequestExecutor>>()));
        return builder;
    }

    private static void AddRequestExecutorOptions(this IServiceCollection services)
        => services.TryAddSingleton(provider =>
        {
            var options = new RequestExecutorOptions();
            foreach (var configure in provider.GetServices<RequestExecutorOptionsConfiguration>())
            {
                configure.Apply(options);
            }

            return options;
        });
}

/// <summary>One <c>ModifyRequestOptions</c> call.</summary>
internal sealed record RequestExecutorOptionsConfiguration(Action<RequestExecutorOptions> Apply);
