namespace KtPortal.GraphQL.Types;

/// <summary>Options of <c>AddGlobalObjectIdentification</c>.</summary>
public sealed class GlobalObjectIdentificationOptions
{
    /// <summary>The most IDs <c>nodes(ids:)</c> accepts in one call; more fail the field with <c>VALIDATION_FAILED</c>.</summary>
    public int MaxAllowedNodeBatchSize { get; set; } = 50;
}
