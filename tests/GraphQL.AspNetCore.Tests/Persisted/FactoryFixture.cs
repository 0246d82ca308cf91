using KtPortal.GraphQL.AspNetCore.Persisted;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KtPortal.GraphQL.AspNetCore.Tests.Persisted;

/// <summary>Builds an <see cref="OperationRequestFactory"/> and requests for it; each test makes its own.</summary>
internal static class FactoryFixture
{
    public static OperationRequestFactory Create(Action<PersistedOperationOptions>? configure = null, IOperationDocumentStorage? storage = null, string? contentRoot = null)
    {
        var options = new GraphQLServerOptions();
        configure?.Invoke(options.PersistedOperations);
        return new OperationRequestFactory(
            Options.Create(options),
            storage is null ? [] : [storage],
            new Environment(contentRoot ?? Path.GetTempPath()),
            NullLogger<OperationRequestFactory>.Instance);
    }

    public static HttpContext Context(string? clientName = null)
    {
        var context = new DefaultHttpContext();
        if (clientName is not null)
        {
            context.Request.Headers["GraphQL-Client-Name"] = clientName;
        }

        return context;
    }

    private sealed class Environment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = contentRoot;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
