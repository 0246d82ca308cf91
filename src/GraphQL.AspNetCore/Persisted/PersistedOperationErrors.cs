using Microsoft.AspNetCore.Http;

namespace KtPortal.GraphQL.AspNetCore.Persisted;

/// <summary>The errors of persisted-operation resolution, built in one place so codes and wording stay stable.</summary>
internal static class PersistedOperationErrors
{
    public static OperationRequestResult QueryMissing() =>
        Fail("A query or a documentId is required.", PersistedOperationErrorCodes.QueryMissing);

    public static OperationRequestResult DocumentNotFound(string id) =>
        Fail($"No trusted document has the id {id}.", PersistedOperationErrorCodes.PersistedOperationNotFound);

    public static OperationRequestResult DocumentIdInvalid(string id) =>
        Fail($"The documentId {id} is not a SHA256 hex document identifier (sha256:<64 lower-case hex digits>).", PersistedOperationErrorCodes.PersistedOperationInvalid);

    public static OperationRequestResult QueryAndDocumentId() =>
        Fail("Send either a query or a documentId, not both.", PersistedOperationErrorCodes.PersistedOperationInvalid);

    public static OperationRequestResult DocumentCorrupt(string id) =>
        Fail($"The trusted document {id} failed its integrity check and cannot run.", PersistedOperationErrorCodes.PersistedOperationInvalid, StatusCodes.Status500InternalServerError);

    // The client is known but not allowed to send documents of its own: Forbidden rather than Bad Request.
    public static OperationRequestResult TrustedDocumentRequired(string? clientName) =>
        Fail($"The client {clientName ?? "(unnamed)"} may only run trusted documents; send a documentId instead of a query.", PersistedOperationErrorCodes.PersistedOperationRequired, StatusCodes.Status403Forbidden);

    // https://github.com/apollographql/apollo-link-persisted-queries#protocol: clients match on this exact message.
    public static OperationRequestResult PersistedQueryNotFound() =>
        Fail("PersistedQueryNotFound", PersistedOperationErrorCodes.PersistedQueryNotFound);

    public static OperationRequestResult PersistedQueryNotSupported() =>
        Fail("PersistedQueryNotSupported", PersistedOperationErrorCodes.PersistedQueryNotSupported);

    public static OperationRequestResult PersistedQueryHashMismatch() =>
        Fail("provided sha does not match query", PersistedOperationErrorCodes.PersistedQueryInvalid);

    public static OperationRequestResult PersistedQueryMalformed() =>
        Fail("extensions.persistedQuery must be { \"version\": 1, \"sha256Hash\": \"<64 hex digits>\" }.", PersistedOperationErrorCodes.PersistedQueryInvalid);

    private static OperationRequestResult Fail(string message, string code, int? statusCode = null) =>
        OperationRequestResult.Fail(new GraphQLError(message) { Code = code }, statusCode);
}
