using KtPortal.GraphQL.Authorization;
using KtPortal.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.GraphQL.Execution.Internal;

internal sealed partial class OperationContext
{
    /// <summary>
    /// Checks every rule guarding the field before its resolver (or its subscription's source stream) runs. A
    /// failure is a field error with <c>AUTH_NOT_AUTHENTICATED</c> or <c>AUTH_NOT_AUTHORIZED</c>, and the
    /// field is null, as HotChocolate's <c>@authorize</c> does; without a handler nobody is authenticated.
    /// </summary>
    private async ValueTask<bool> AuthorizeAsync(ObjectType type, FieldPlan plan, PathRef path)
    {
        var rules = plan.Field.AuthorizationRules;
        var handler = Services.GetService<IAuthorizationHandler>();
        var result = AuthorizeResult.NotAuthenticated;
        try
        {
            if (handler is not null)
            {
                var context = new AuthorizationContext(type, plan.Field, path.ToPath(), Services, ContextData);
                foreach (var rule in rules)
                {
                    result = await handler.AuthorizeAsync(context, rule, RequestAborted).ConfigureAwait(false);
                    if (result != AuthorizeResult.Allowed)
                    {
                        break;
                    }
                }
            }
        }
        catch (Exception exception) when (!IsAborted(exception))
        {
            HandleException(exception, plan, path);
            return false;
        }

        switch (result)
        {
            case AuthorizeResult.Allowed:
                return true;
            case AuthorizeResult.NotAuthenticated:
                RecordError($"The current user is not authenticated and cannot access {plan.Coordinate}.", plan, path, ErrorCodes.NotAuthenticated);
                return false;
            default:
                RecordError($"The current user is not authorized to access {plan.Coordinate}.", plan, path, ErrorCodes.NotAuthorized);
                return false;
        }
    }
}
