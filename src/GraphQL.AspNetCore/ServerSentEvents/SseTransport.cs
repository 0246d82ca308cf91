using KtPortal.GraphQL.AspNetCore.Credentials;
using KtPortal.GraphQL.AspNetCore.Http;
using KtPortal.GraphQL.AspNetCore.Persisted;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Language;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KtPortal.GraphQL.AspNetCore.ServerSentEvents;

/// <summary>
/// graphql-sse in distinct-connections mode: each request (GET or POST) that accepts <c>text/event-stream</c>
/// opens its own stream, which carries one <c>next</c> event per result and ends with <c>complete</c>.
/// </summary>
// https://github.com/enisdenjo/graphql-sse/blob/master/PROTOCOL.md#distinct-connections-mode
internal sealed class SseTransport
{
    private const string EventStream = "text/event-stream";

    private readonly OperationRequestFactory _requests;
    private readonly SseOptions _options;
    private readonly HttpTransportOptions _httpOptions;

    public SseTransport(OperationRequestFactory requests, IOptions<GraphQLServerOptions> options)
    {
        _requests = requests;
        _options = options.Value.Sse;
        _httpOptions = options.Value.Http;
    }

    public static void AddServices(IServiceCollection services) => services.AddSingleton<SseTransport>();

    /// <summary>Whether the request asks for an event stream (the client's <c>Accept</c> lists <c>text/event-stream</c>).</summary>
    public static bool Accepts(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var accept = context.Request.GetTypedHeaders().Accept;
        foreach (var mediaType in accept)
        {
            if (mediaType.MediaType.Equals(EventStream, StringComparison.OrdinalIgnoreCase) && mediaType.Quality is not 0)
            {
                return true;
            }
        }

        return false;
    }

    public static void MapAssets(IEndpointRouteBuilder endpoints, string path)
    {
    }

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var aborted = context.RequestAborted;

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await WriteRefusalAsync(context, StatusCodes.Status405MethodNotAllowed, new GraphQLError("graphql-sse accepts GET and POST.") { Code = HttpErrorCodes.MethodNotAllowed }).ConfigureAwait(false);
            return;
        }

        // The request parameters are those of GraphQL over HTTP, read by the same reader and limits.
        var (parsed, error) = await HttpRequestReader.ReadAsync(request, _httpOptions, aborted).ConfigureAwait(false);
        if (parsed is null)
        {
            if (error!.Allow is { } allow)
            {
                context.Response.Headers.Allow = allow;
            }

            await WriteRefusalAsync(context, error.StatusCode, error.ToGraphQLError()).ConfigureAwait(false);
            return;
        }

        using var owner = parsed;
        if (parsed.IsBatch)
        {
            await WriteRefusalAsync(context, StatusCodes.Status400BadRequest, new GraphQLError("An event stream carries one operation; send a single request object.") { Code = HttpErrorCodes.BatchingInvalid }).ConfigureAwait(false);
            return;
        }

        var operation = await _requests.CreateAsync(parsed.Requests[0], context).ConfigureAwait(false);

        // https://graphql.github.io/graphql-over-http/draft/#sec-GET: mutations are never run over GET.
        if (parsed.IsGet && operation.Request is { } candidate && HttpOperationKind.Find(candidate) == OperationType.Mutation)
        {
            context.Response.Headers.Allow = "POST";
            await WriteRefusalAsync(context, StatusCodes.Status405MethodNotAllowed, new GraphQLError("Mutations cannot be sent over GET.") { Code = HttpErrorCodes.MethodNotAllowed }).ConfigureAwait(false);
            return;
        }

        try
        {
            await StreamAsync(context, operation, aborted).ConfigureAwait(false);
        }
        catch (Exception exception) when (aborted.IsCancellationRequested && exception is OperationCanceledException or IOException)
        {
            // The client closed the stream; the subscription has been released on the way out.
        }
    }

    private async Task StreamAsync(HttpContext context, OperationRequestResult operation, CancellationToken aborted)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        // Proxies such as nginx would otherwise hold events back until their buffer fills.
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        await using var events = new SseEventWriter(response.BodyWriter);
        await events.WriteCommentAsync(aborted).ConfigureAwait(false);
        events.StartKeepAlive(_options.KeepAliveInterval, aborted);

        // Errors found before execution travel on the accepted stream as a next event, as the protocol requires.
        // https://github.com/enisdenjo/graphql-sse/blob/master/PROTOCOL.md#distinct-connections-mode
        if (operation.Request is not { } operationRequest)
        {
            await events.WriteNextAsync(OperationResult.FromErrors([operation.Error!]), aborted).ConfigureAwait(false);
            await events.WriteCompleteAsync(aborted).ConfigureAwait(false);
            return;
        }

        // The stream ends when its caller's credentials expire or are revoked, with a last next event that says so:
        // the client reconnects with a fresh token, as a graphql-ws client does on 4403.
        using var credentialsEnded = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        using var stopWatching = new CancellationTokenSource();
        string? endedBecause = null;
        var watch = context.RequestServices.GetService<IEventStreamCredentials>() is { } source
            && await source.GetAsync(context, aborted).ConfigureAwait(false) is { } credentials
            ? CredentialsWatch.RunAsync(
                credentials,
                _options.CredentialsRecheckInterval,
                reason =>
                {
                    endedBecause = reason;
                    return credentialsEnded.CancelAsync();
                },
                context.RequestServices.GetService<ILoggerFactory>()?.CreateLogger<SseTransport>(),
                stopWatching.Token)
            : Task.CompletedTask;
        try
        {
            var token = credentialsEnded.Token;
            var executor = context.RequestServices.GetRequiredService<IRequestExecutor>();
            await using var result = await executor.ExecuteAsync(operationRequest, token).ConfigureAwait(false);
            if (result is ResponseStream stream)
            {
                await foreach (var item in stream.ReadResultsAsync(token).ConfigureAwait(false))
                {
                    await events.WriteNextAsync(item, token).ConfigureAwait(false);
                }
            }
            else
            {
                await events.WriteNextAsync((OperationResult)result, token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!aborted.IsCancellationRequested && Volatile.Read(ref endedBecause) is { } reason)
        {
            await events.WriteNextAsync(
                OperationResult.FromErrors([new GraphQLError(reason) { Code = ErrorCodes.NotAuthenticated }]), aborted).ConfigureAwait(false);
        }
        finally
        {
            await stopWatching.CancelAsync().ConfigureAwait(false);
            await watch.ConfigureAwait(false);
        }

        await events.WriteCompleteAsync(aborted).ConfigureAwait(false);
    }

    // Requests that cannot be read get a plain JSON error, as graphql-sse's own server answers them.
    private static async Task WriteRefusalAsync(HttpContext context, int statusCode, GraphQLError error)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = "application/json; charset=utf-8";
        var result = OperationResult.FromErrors([error]);
        await using (var json = new System.Text.Json.Utf8JsonWriter(response.BodyWriter))
        {
            result.WriteTo(json);
        }

        await response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }
}
