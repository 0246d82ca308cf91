using KtPortal.GraphQL.Types;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Configures the GraphQL server registered by <see cref="GraphQLServiceCollectionExtensions.AddGraphQLServer"/>.</summary>
public interface IRequestExecutorBuilder
{
    /// <summary>The application's services.</summary>
    IServiceCollection Services { get; }

    /// <summary>Adds a step that configures the schema builder; steps run in order when the schema is first needed.</summary>
    IRequestExecutorBuilder ConfigureSchema(Action<SchemaBuilder> configure);
}
