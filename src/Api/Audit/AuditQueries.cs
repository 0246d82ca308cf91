using KtPortal.Domain.Identity;
using KtPortal.Domain.Persistence;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Data.Paging;

namespace KtPortal.Api.Audit;

/// <summary>The audit log over GraphQL, for staff.</summary>
[QueryType]
public sealed class AuditQueries
{
    /// <summary>
    /// Security events, oldest first (by their time-ordered id); <c>last: n</c> gives the newest. Staff only: anyone
    /// else gets AUTH_NOT_AUTHORIZED.
    /// </summary>
    [Authorize(Policy = StaffPolicy.Name)]
    [Serial]
    [UsePaging]
    public IQueryable<AuditEvent> AuditEvents([Service] PortalDbContext db)
        => db.AuditEvents;
}
