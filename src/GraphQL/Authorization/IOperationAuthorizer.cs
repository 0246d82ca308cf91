using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Authorization;

/// <summary>
/// Decides whether an operation may run at all: the request-level counterpart of the field rules, for a condition
/// that depends on the kind of operation rather than on a field (an access token that must carry one scope for
/// queries and another for mutations). Registered in the request's services (or the executor's); when present, the
/// executor calls it once per operation, after validation and variable coercion and before cost analysis. A
/// subscription is checked once, when it is created, not for each event.
/// </summary>
public interface IOperationAuthorizer
{
    /// <summary>
    /// Returns <see langword="null"/> to run <paramref name="operation"/>, or the request error to answer with
    /// instead (nothing is executed then).
    /// </summary>
    /// <param name="request">The request; <see cref="OperationRequest.ContextData"/> holds what the transport put there.</param>
    /// <param name="operation">The operation selected from the document.</param>
    /// <param name="cancellationToken">The request's token.</param>
    ValueTask<GraphQLError?> AuthorizeAsync(OperationRequest request, OperationDefinitionNode operation, CancellationToken cancellationToken);
}
