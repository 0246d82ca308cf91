using KtPortal.GraphQL.Data.Tests.TestModel;

namespace KtPortal.GraphQL.Data.Tests.Fields;

/// <summary>
/// A context per call, for resolvers that run concurrently (one per parent of a list), disposed with the request's
/// scope. A request-scoped DataLoader makes this unnecessary by loading all parents in one call.
/// </summary>
public sealed class DeskContexts(DeskDatabase database) : IAsyncDisposable
{
    private readonly List<DeskContext> _created = [];
    private readonly Lock _lock = new();

    /// <summary>A new context, disposed with the request.</summary>
    public DeskContext Create()
    {
        var context = database.CreateContext();
        lock (_lock)
        {
            _created.Add(context);
        }

        return context;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        foreach (var context in _created)
        {
            await context.DisposeAsync();
        }
    }
}
