using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Authorization;

/// <summary>What an <see cref="IAuthorizationHandler"/> sees of the field it guards.</summary>
/// <param name="ObjectType">The object type the field is resolved on.</param>
/// <param name="Field">The guarded field.</param>
/// <param name="Path">The field's response path.</param>
/// <param name="Services">The request's services.</param>
/// <param name="ContextData">The request state; transports put the caller there.</param>
public sealed record AuthorizationContext(
    ObjectType ObjectType,
    OutputField Field,
    FieldPath Path,
    IServiceProvider Services,
    IDictionary<string, object?> ContextData);
