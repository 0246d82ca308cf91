using KtPortal.Api.Identity.GraphQL;
using KtPortal.GraphQL;

namespace KtPortal.Api.Support.Dashboard;

/// <summary><c>viewer.dashboard</c>.</summary>
[ExtendObjectType(typeof(ViewerObject))]
public sealed class DashboardQueries
{
    /// <summary>
    /// The home page of a client user: their organizations' open tickets by status and the latest public activity on
    /// them. Staff get the same over every client.
    /// </summary>
    public DashboardObject Dashboard([Parent] ViewerObject viewer) => new();
}
