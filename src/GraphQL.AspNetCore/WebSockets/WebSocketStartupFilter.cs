using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace KtPortal.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Puts the WebSocket middleware first in the pipeline, so a host that maps GraphQL need not remember
/// <c>UseWebSockets()</c>; a second copy added by the host finds the upgrade already handled and does nothing.
/// </summary>
internal sealed class WebSocketStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseWebSockets();
        next(app);
    };
}
