namespace KtPortal.GraphQL.Execution;

/// <summary>
/// Resolves one field for every item of a list at once: the <c>messages</c> of all 50 tickets of a page, say, in
/// one call instead of 50. The executor calls it with one context per item (in list order, null items left out),
/// each with its own parent and path, before it completes the items.
/// </summary>
/// <remarks>
/// The result holds one value per context, in the same order. A value that is an <see cref="Exception"/> fails
/// the field of that item alone, as a thrown resolver would; an exception thrown by the delegate fails the field of
/// every item. A result of the wrong length fails every item's field. The field's ordinary
/// <see cref="Types.OutputField.Resolver"/> still resolves it wherever it is not selected on the items of a list.
/// </remarks>
/// <param name="contexts">The contexts of the field on each item.</param>
public delegate ValueTask<IReadOnlyList<object?>> BatchFieldResolverDelegate(IReadOnlyList<IResolverContext> contexts);

/// <summary>
/// The batch form of a <see cref="FieldMiddleware"/>: given the rest of the field's pipeline (run per item), returns
/// the step that resolves the field for all the items of a list at once. A field gets a batch resolver only when
/// the middleware that has a batch form runs outermost.
/// </summary>
/// <param name="next">The rest of the field's pipeline, for one item.</param>
public delegate BatchFieldResolverDelegate BatchFieldMiddleware(FieldResolverDelegate next);
