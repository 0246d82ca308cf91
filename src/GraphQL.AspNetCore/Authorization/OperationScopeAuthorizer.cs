using KtPortal.GraphQL.Authorization;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Language;
using Microsoft.Extensions.Options;

namespace KtPortal.GraphQL.AspNetCore.Authorization;

/// <summary>
/// Refuses an operation whose authenticated caller's token lacks the scopes
/// <see cref="GraphQLAuthorizationOptions.OperationScopes"/> asks for that kind of operation.
/// </summary>
internal sealed class OperationScopeAuthorizer(IOptions<GraphQLAuthorizationOptions> options) : IOperationAuthorizer
{
    private readonly GraphQLAuthorizationOptions _options = options.Value;

    public ValueTask<GraphQLError?> AuthorizeAsync(OperationRequest request, OperationDefinitionNode operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(operation);
        if (!_options.OperationScopes.TryGetValue(operation.Operation, out var required) || required.Length == 0
            || GraphQLContextData.GetUser(request.ContextData) is not { Identity.IsAuthenticated: true } user)
        {
            return ValueTask.FromResult<GraphQLError?>(null);
        }

        var missing = required.Where(scope => !ScopeClaims.Has(user, _options.ScopeClaimType, scope)).ToArray();
        if (missing.Length == 0)
        {
            return ValueTask.FromResult<GraphQLError?>(null);
        }

        var kind = operation.Operation switch
        {
            OperationType.Mutation => "a mutation",
            OperationType.Subscription => "a subscription",
            _ => "a query",
        };
        return ValueTask.FromResult<GraphQLError?>(new GraphQLError(
            $"The access token does not carry the scope {string.Join(" ", missing)} that {kind} needs.")
        {
            Code = ErrorCodes.NotAuthorized,
            Extensions = new Dictionary<string, object?> { ["requiredScopes"] = required, ["missingScopes"] = missing },
        });
    }
}
