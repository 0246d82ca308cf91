using System.Reflection;
using KtPortal.GraphQL;

namespace KtPortal.Api.GraphQL;

/// <summary>Query fields about the service itself.</summary>
[QueryType]
public sealed class ServiceQueries
{
    private static readonly string Version =
        typeof(ServiceQueries).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    /// <summary>The version of the API that answers, e.g. <c>1.0.0</c>.</summary>
    public string ApiVersion() => Version;

    /// <summary>The server's current time, so that clients can show due times and SLA clocks without drift.</summary>
    public DateTimeOffset ServerTime(TimeProvider clock) => clock.GetUtcNow();
}
