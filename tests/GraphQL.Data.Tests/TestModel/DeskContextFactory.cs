using Microsoft.EntityFrameworkCore;

namespace KtPortal.GraphQL.Data.Tests.TestModel;

/// <summary>Contexts for DataLoader batches, which must not share the request's context (see docs/graphql-data.md).</summary>
public sealed class DeskContextFactory(Func<DeskContext> create) : IDbContextFactory<DeskContext>
{
    /// <inheritdoc/>
    public DeskContext CreateDbContext() => create();
}
