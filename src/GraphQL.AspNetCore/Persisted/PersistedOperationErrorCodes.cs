namespace KtPortal.GraphQL.AspNetCore.Persisted;

/// <summary>The <c>extensions.code</c> values of requests refused before execution by the endpoint.</summary>
public static class PersistedOperationErrorCodes
{
    /// <summary>The request has neither a <c>query</c> nor a document identifier.</summary>
    public const string QueryMissing = "QUERY_MISSING";

    /// <summary>No trusted document has the requested <c>documentId</c>.</summary>
    public const string PersistedOperationNotFound = "PERSISTED_OPERATION_NOT_FOUND";

    /// <summary>The client may only run trusted documents but sent a <c>query</c>.</summary>
    public const string PersistedOperationRequired = "PERSISTED_OPERATION_REQUIRED";

    /// <summary>The <c>documentId</c> is malformed, both it and a query were sent, or the stored document is corrupt.</summary>
    public const string PersistedOperationInvalid = "PERSISTED_OPERATION_INVALID";

    /// <summary>Automatic persisted queries: the hash is not registered yet; send it again with the query.</summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>Automatic persisted queries are switched off.</summary>
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    /// <summary>Automatic persisted queries: the <c>sha256Hash</c> is not the hash of the query, or is malformed.</summary>
    public const string PersistedQueryInvalid = "PERSISTED_QUERY_INVALID";
}
