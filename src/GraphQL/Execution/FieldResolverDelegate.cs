namespace KtPortal.GraphQL.Execution;

/// <summary>
/// Resolves one field. A resolver that finishes synchronously returns a completed <see cref="ValueTask{TResult}"/>,
/// which costs no allocation. The value may be a list, an <see cref="IAsyncEnumerable{T}"/> (for list fields),
/// or any object the field's type completes.
/// </summary>
/// <param name="context">The field being resolved, its parent value, arguments and services.</param>
public delegate ValueTask<object?> FieldResolverDelegate(IResolverContext context);

/// <summary>
/// Creates the source stream of a subscription root field (the spec's <c>CreateSourceEventStream</c>).
/// Every item the stream yields is executed on its own as the field's parent value; disposing the
/// enumerator releases the subscription.
/// </summary>
/// <param name="context">The root field being subscribed to, with its arguments and services.</param>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscribeResolverDelegate(IResolverContext context);
