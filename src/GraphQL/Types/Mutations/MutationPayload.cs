namespace KtPortal.GraphQL.Types;

/// <summary>The runtime value of a generated payload type (or of a hand-written one that ended in errors).</summary>
internal sealed record MutationPayload(object? Value, IReadOnlyList<object>? Errors);
