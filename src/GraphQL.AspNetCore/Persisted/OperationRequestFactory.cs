using System.Text.Json;
using KtPortal.GraphQL.AspNetCore.Authorization;
using KtPortal.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KtPortal.GraphQL.AspNetCore.Persisted;

/// <summary>
/// Turns a transport's <see cref="GraphQLRequest"/> into an <see cref="OperationRequest"/> for the executor:
/// resolves trusted documents and automatic persisted queries, and carries the caller's services and state.
/// </summary>
internal sealed partial class OperationRequestFactory
{
    private readonly PersistedOperationOptions _options;
    private readonly IntrospectionAccess _access;
    private readonly IOperationDocumentStorage _storage;
    private readonly AutomaticPersistedQueryStore _automaticQueries;
    private readonly ILogger<OperationRequestFactory> _logger;

    /// <summary>
    /// Uses the last registered <see cref="IOperationDocumentStorage"/>, or the files in
    /// <see cref="PersistedOperationOptions.Directory"/> when none is registered.
    /// </summary>
    public OperationRequestFactory(
        IOptions<GraphQLServerOptions> options,
        IEnumerable<IOperationDocumentStorage> storages,
        IHostEnvironment environment,
        ILogger<OperationRequestFactory> logger)
    {
        _options = options.Value.PersistedOperations;
        _access = options.Value.Introspection;
        _storage = storages.LastOrDefault()
            ?? new FileOperationDocumentStorage(Path.Combine(environment.ContentRootPath, _options.Directory));
        _automaticQueries = new AutomaticPersistedQueryStore(_options.AutomaticPersistedQueryCacheSize);
        _logger = logger;
    }

    /// <summary>The request to execute, or the error to answer with (nothing is executed then).</summary>
    public async ValueTask<OperationRequestResult> CreateAsync(GraphQLRequest request, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var trustedOnly = IsTrustedOnly(context);

        // https://github.com/graphql/graphql-over-http/blob/main/spec/Appendix%20A%20--%20Persisted%20Documents.md#persisted-document-request-parameters
        if (request.DocumentId is { } documentId)
        {
            return await ResolveTrustedAsync(request, documentId, context).ConfigureAwait(false);
        }

        if (AutomaticPersistedQuery.TryRead(request.Extensions, out var persistedQuery))
        {
            return await ResolveAutomaticAsync(request, persistedQuery, trustedOnly, context).ConfigureAwait(false);
        }

        if (request.Query is null)
        {
            return PersistedOperationErrors.QueryMissing();
        }

        return trustedOnly
            ? PersistedOperationErrors.TrustedDocumentRequired(ClientName(context))
            : Ok(request, _access, request.Query, documentHash: null, context);
    }

    private async ValueTask<OperationRequestResult> ResolveTrustedAsync(GraphQLRequest request, string documentId, HttpContext context)
    {
        if (request.Query is not null)
        {
            return PersistedOperationErrors.QueryAndDocumentId();
        }

        if (!DocumentIds.TryNormalize(documentId, out var id))
        {
            return PersistedOperationErrors.DocumentIdInvalid(documentId);
        }

        var lookup = await ReadTrustedAsync(id, context.RequestAborted).ConfigureAwait(false);
        return lookup switch
        {
            { Corrupt: true } => PersistedOperationErrors.DocumentCorrupt(id),
            { Document: { } document } => Ok(request, _access, document, id, context),
            _ => PersistedOperationErrors.DocumentNotFound(id),
        };
    }

    // https://github.com/apollographql/apollo-link-persisted-queries#protocol
    private async ValueTask<OperationRequestResult> ResolveAutomaticAsync(
        GraphQLRequest request, AutomaticPersistedQuery persistedQuery, bool trustedOnly, HttpContext context)
    {
        if (!persistedQuery.IsValid)
        {
            return PersistedOperationErrors.PersistedQueryMalformed();
        }

        var id = DocumentIds.Sha256Prefix + persistedQuery.Sha256Hash;
        var enabled = _options.EnableAutomaticPersistedQueries;
        if (request.Query is null)
        {
            // Registered queries are not trusted documents: clients limited to those only see the trusted storage.
            if (enabled && !trustedOnly && _automaticQueries.TryGet(id, out var registered))
            {
                return Ok(request, _access, registered, id, context);
            }

            var lookup = await ReadTrustedAsync(id, context.RequestAborted).ConfigureAwait(false);
            return lookup switch
            {
                { Corrupt: true } => PersistedOperationErrors.DocumentCorrupt(id),
                { Document: { } document } => Ok(request, _access, document, id, context),
                _ when enabled => PersistedOperationErrors.PersistedQueryNotFound(),
                _ => PersistedOperationErrors.PersistedQueryNotSupported(),
            };
        }

        if (trustedOnly)
        {
            return PersistedOperationErrors.TrustedDocumentRequired(ClientName(context));
        }

        if (!enabled)
        {
            return PersistedOperationErrors.PersistedQueryNotSupported();
        }

        // The server derives the hash itself before it stores anything under the client's hash.
        if (!string.Equals(DocumentIds.Compute(request.Query), id, StringComparison.Ordinal))
        {
            return PersistedOperationErrors.PersistedQueryHashMismatch();
        }

        _automaticQueries.Set(id, request.Query);
        return Ok(request, _access, request.Query, id, context);
    }

    private async ValueTask<TrustedLookup> ReadTrustedAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            return new TrustedLookup(await _storage.TryReadAsync(id, cancellationToken).ConfigureAwait(false), Corrupt: false);
        }
        catch (PersistedDocumentIntegrityException exception)
        {
            LogCorruptDocument(_logger, exception, id);
            return new TrustedLookup(null, Corrupt: true);
        }
    }

    private bool IsTrustedOnly(HttpContext context)
    {
        if (_options.OnlyTrustedFor.Count == 0)
        {
            return false;
        }

        var name = ClientName(context);
        foreach (var client in _options.OnlyTrustedFor)
        {
            if (client == "*" || (name is not null && string.Equals(client, name, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private string? ClientName(HttpContext context)
    {
        var value = context.Request.Headers[_options.ClientNameHeader].ToString().Trim();
        return value.Length == 0 ? null : value;
    }

    private static OperationRequestResult Ok(GraphQLRequest request, IntrospectionAccess access, string query, string? documentHash, HttpContext context) =>
        OperationRequestResult.Ok(new OperationRequest
        {
            // The caller, for [Authorize] and resolvers; a WebSocket's interceptor may have replaced the upgrade's.
            ContextData = new Dictionary<string, object?>(1, StringComparer.Ordinal) { [GraphQLContextData.User] = context.User },
            AllowIntrospection = access switch
            {
                IntrospectionAccess.Everyone => true,
                IntrospectionAccess.AuthenticatedOnly => context.User.Identity?.IsAuthenticated == true,
                _ => false,
            },
            Query = query,
            DocumentHash = documentHash,
            OperationName = request.OperationName,
            VariableValues = ToObjects(request.Variables),
            Extensions = ToObjects(request.Extensions),
            Services = context.RequestServices,
        });

    private static Dictionary<string, object?>? ToObjects(IReadOnlyDictionary<string, JsonElement>? values)
    {
        if (values is null)
        {
            return null;
        }

        var result = new Dictionary<string, object?>(values.Count, StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            result[name] = value;
        }

        return result;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Refused the trusted document {DocumentId}: its stored text does not match its hash.")]
    private static partial void LogCorruptDocument(ILogger logger, Exception exception, string documentId);

    private readonly record struct TrustedLookup(string? Document, bool Corrupt);
}
