namespace KtPortal.GraphQL.Data.Paging;

/// <summary>
/// A loaded row with the values of its ordering keys, read by the same statement: cursors never depend on what
/// the (projected) entity happens to hold, and keys through navigations need no extra loading.
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
/// <param name="Entity">The (projected) entity.</param>
/// <param name="Keys">The values of the keyset's keys in order, then any extra values (the parent key of a grouped load).</param>
internal sealed record KeyedRow<T>(T Entity, object?[] Keys);
