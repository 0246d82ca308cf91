using KtPortal.GraphQL.AspNetCore;
using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the GraphQL transports.</summary>
public static class GraphQLServerServiceCollectionExtensions
{
    /// <summary>
    /// Adds the services the GraphQL endpoint needs, with options bound from the <c>GraphQL</c> section of
    /// <paramref name="configuration"/> when one is given.
    /// </summary>
    public static IServiceCollection AddGraphQLTransports(this IServiceCollection services, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<GraphQLServerOptions>();
        if (configuration is not null)
        {
            options.Bind(configuration.GetSection(GraphQLServerOptions.SectionName));
        }

        GraphQLEndpoint.AddServices(services);
        return services;
    }
}
