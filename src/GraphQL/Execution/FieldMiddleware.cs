namespace KtPortal.GraphQL.Execution;

/// <summary>
/// Wraps a field's resolver: given the next step (the resolver, or the next middleware), returns the step that
/// runs in its place. Middleware such as paging, projection, filtering and sorting is applied in the order it
/// is declared, the first declared running outermost, as in HotChocolate.
/// </summary>
/// <param name="next">The step this middleware runs around.</param>
public delegate FieldResolverDelegate FieldMiddleware(FieldResolverDelegate next);
