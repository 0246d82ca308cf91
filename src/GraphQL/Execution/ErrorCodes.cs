namespace KtPortal.GraphQL.Execution;

/// <summary>The stable <c>extensions.code</c> values the executor writes.</summary>
public static class ErrorCodes
{
    /// <summary>The document is not valid GraphQL syntax.</summary>
    public const string SyntaxError = "SYNTAX_ERROR";

    /// <summary>The document fails validation.</summary>
    public const string ValidationFailed = "VALIDATION_FAILED";

    /// <summary>The request selects <c>__schema</c> or <c>__type</c> while introspection is off.</summary>
    public const string IntrospectionNotAllowed = "INTROSPECTION_NOT_ALLOWED";

    /// <summary>No operation can be picked from the document.</summary>
    public const string OperationNotFound = "OPERATION_NOT_FOUND";

    /// <summary>The schema has no root type for the operation's kind.</summary>
    public const string OperationNotSupported = "OPERATION_NOT_SUPPORTED";

    /// <summary>A variable value cannot be coerced to its declared type.</summary>
    public const string VariableInvalid = "VARIABLE_INVALID";

    /// <summary>An argument value cannot be coerced to its declared type.</summary>
    public const string ArgumentInvalid = "ARGUMENT_INVALID";

    /// <summary>A non-null field or list item resolved to null.</summary>
    public const string NonNullViolation = "NON_NULL_VIOLATION";

    /// <summary>A resolved value does not fit the field's type (leaf serialization, lists, abstract types).</summary>
    public const string ResultInvalid = "RESULT_INVALID";

    /// <summary>A subscription's source stream cannot be created.</summary>
    public const string SubscriptionInvalid = "SUBSCRIPTION_INVALID";

    /// <summary>
    /// The operation's static cost exceeds <see cref="RequestExecutorOptions.MaxFieldCost"/> or
    /// <see cref="RequestExecutorOptions.MaxTypeCost"/>; nothing was executed. The error's extensions carry
    /// <c>fieldCost</c>, <c>typeCost</c>, <c>maxFieldCost</c> and <c>maxTypeCost</c>.
    /// </summary>
    public const string CostLimitExceeded = "COST_LIMIT_EXCEEDED";

    /// <summary>The request ran longer than <see cref="RequestExecutorOptions.ExecutionTimeout"/>.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>A guarded field was asked for without an authenticated caller.</summary>
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    /// <summary>The caller does not satisfy a guarded field's roles, scopes or policy.</summary>
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";

    /// <summary>An unexpected exception; the details stay in the log under the trace id.</summary>
    public const string Internal = "INTERNAL";
}
