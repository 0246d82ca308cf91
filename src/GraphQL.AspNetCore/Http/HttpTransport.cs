using KtPortal.GraphQL.AspNetCore.Persisted;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Language;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KtPortal.GraphQL.AspNetCore.Http;

/// <summary>GraphQL over HTTP (GET and POST), as the GraphQL-over-HTTP specification describes it.</summary>
// https://graphql.github.io/graphql-over-http/draft/
internal sealed class HttpTransport
{
    private readonly OperationRequestFactory _factory;
    private readonly HttpResponseWriter _writer;
    private readonly IOptions<GraphQLServerOptions> _options;

    public HttpTransport(OperationRequestFactory factory, HttpResponseWriter writer, IOptions<GraphQLServerOptions> options)
    {
        _factory = factory;
        _writer = writer;
        _options = options;
    }

    public static void AddServices(IServiceCollection services)
    {
        services.AddSingleton<HttpTransport>();
        services.AddSingleton<HttpResponseWriter>();
        services.AddSingleton<HttpCors>();
        services.AddCors();
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, HttpMediaTypes.GraphQLResponseJson];
        });
    }

    public static bool Accepts(HttpContext context)
        => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsPost(context.Request.Method);

    public static void MapAssets(IEndpointRouteBuilder endpoints, string path)
    {
    }

    public async Task HandleAsync(HttpContext context)
    {
        // https://graphql.github.io/graphql-over-http/draft/#sec-Accept
        var mediaType = HttpMediaTypes.Negotiate(context.Request);
        if (mediaType is null)
        {
            var notAcceptable = new HttpRequestError(StatusCodes.Status406NotAcceptable, HttpErrorCodes.NotAcceptable,
                $"Accept {HttpMediaTypes.GraphQLResponseJson} or {HttpMediaTypes.Json}.");
            await _writer.WriteErrorAsync(context, notAcceptable, ResponseMediaType.Json);
            return;
        }

        if (!Accepts(context))
        {
            await _writer.WriteErrorAsync(context, HttpRequestError.MethodNotAllowed(
                "GraphQL over HTTP accepts GET and POST.", "GET, POST"), mediaType.Value);
            return;
        }

        var (parsed, error) = await HttpRequestReader.ReadAsync(context.Request, _options.Value.Http, context.RequestAborted);
        if (parsed is null)
        {
            await _writer.WriteErrorAsync(context, error!, mediaType.Value);
            return;
        }

        using (parsed)
        {
            var results = new List<OperationResult>(parsed.Requests.Count);
            int? firstRequestErrorStatus = null;
            foreach (var request in parsed.Requests)
            {
                var (result, refused, requestErrorStatus) = await ExecuteAsync(context, request, parsed.IsGet);
                if (refused is not null)
                {
                    await _writer.WriteErrorAsync(context, refused, mediaType.Value);
                    return;
                }

                results.Add(result!);
                firstRequestErrorStatus ??= requestErrorStatus;
            }

            var statusCode = parsed.IsBatch
                ? StatusCodes.Status200OK
                : StatusCodeFor(results[0], mediaType.Value, firstRequestErrorStatus);
            await _writer.WriteAsync(context, statusCode, mediaType.Value, results, parsed.IsBatch);
        }
    }

    /// <summary>
    /// Runs one request: its result, or the error that refuses the whole HTTP request, and the status a request
    /// error from persisted-operation resolution asks for.
    /// </summary>
    private async Task<(OperationResult? Result, HttpRequestError? Refused, int? RequestErrorStatus)> ExecuteAsync(HttpContext context, GraphQLRequest request, bool isGet)
    {
        var created = await _factory.CreateAsync(request, context);
        if (created.Request is not { } operation)
        {
            var error = created.Error ?? new GraphQLError("The request cannot be executed.");
            return (OperationResult.FromErrors([error]), null, created.StatusCode);
        }

        // https://graphql.github.io/graphql-over-http/draft/#sec-GET: a mutation over GET gets 405, never runs.
        if (isGet && HttpOperationKind.Find(operation) == OperationType.Mutation)
        {
            return (null, HttpRequestError.MethodNotAllowed("Mutations must be sent with POST.", "POST"), null);
        }

        var costReport = HttpCostHeader.Read(context.Request);
        if (costReport != CostAnalysis.CostReportMode.None)
        {
            operation = operation with { CostReport = costReport };
        }

        var executor = context.RequestServices.GetRequiredService<IRequestExecutor>();
        var executed = await executor.ExecuteAsync(operation, context.RequestAborted);
        if (executed is OperationResult result)
        {
            return (result, null, null);
        }

        await executed.DisposeAsync();
        return (OperationResult.FromErrors([new GraphQLError(
            "Subscriptions are not supported over plain HTTP: accept text/event-stream or use a WebSocket.")
        {
            Code = HttpErrorCodes.SubscriptionNotSupported,
        }]), null, null);
    }

    // https://graphql.github.io/graphql-over-http/draft/#sec-application-json (always 200)
    // https://graphql.github.io/graphql-over-http/draft/#sec-application-graphql-response-json (request errors 4xx)
    // A response without data and without errors (GraphQL-Cost: validate) is a success.
    private static int StatusCodeFor(OperationResult result, ResponseMediaType mediaType, int? requestErrorStatus)
    {
        if (mediaType == ResponseMediaType.Json || result.HasData || result.Errors.Count == 0)
        {
            return StatusCodes.Status200OK;
        }

        if (requestErrorStatus is { } status)
        {
            return status;
        }

        foreach (var error in result.Errors)
        {
            if (error.Code == ErrorCodes.Internal)
            {
                return StatusCodes.Status500InternalServerError;
            }

            // An operation refused as a whole for the caller's rights (a token without the scope the operation
            // needs): the request was understood, and the caller may not make it.
            if (error.Code == ErrorCodes.NotAuthorized)
            {
                return StatusCodes.Status403Forbidden;
            }
        }

        return StatusCodes.Status400BadRequest;
    }
}
