using KtPortal.GraphQL.AspNetCore;
using KtPortal.GraphQL.AspNetCore.Persisted;
using Microsoft.Extensions.Options;
using Npgsql;

namespace KtPortal.Api.GraphQL;

/// <summary>Where the API finds trusted documents: the shipped files first, then the database.</summary>
public static class TrustedDocuments
{
    /// <summary>
    /// Serves trusted documents from <c>GraphQL:PersistedOperations:Directory</c> (the files shipped in
    /// <c>schema/persisted/</c>) and from the <c>trusted_documents</c> table.
    /// </summary>
    public static IServiceCollection AddPortalTrustedDocuments(this IServiceCollection services)
    {
        services.AddSingleton<IOperationDocumentStorage>(provider =>
        {
            var directory = provider.GetRequiredService<IOptions<GraphQLServerOptions>>().Value.PersistedOperations.Directory;
            // The build copies the shipped documents beside the API, wherever the process is started from.
            var root = AppContext.BaseDirectory;
            return new CompositeOperationDocumentStorage(
                new FileOperationDocumentStorage(Path.Combine(root, directory)),
                new PostgresOperationDocumentStorage(provider.GetRequiredService<NpgsqlDataSource>()));
        });
        return services;
    }
}
