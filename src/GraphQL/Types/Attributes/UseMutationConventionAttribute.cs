namespace KtPortal.GraphQL;

/// <summary>
/// Applies the mutation conventions to one mutation field (all of them with
/// <c>AddMutationConventions(applyToAllMutations: true)</c>): <c>createTicket(input: CreateTicketInput!):
/// CreateTicketPayload!</c>, the payload holding the result and the declared <see cref="ErrorAttribute"/> errors.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = true)]
public sealed class UseMutationConventionAttribute : Attribute
{
    /// <summary>The payload field holding the result; by default the result type's name in camelCase.</summary>
    public string? PayloadFieldName { get; set; }

    /// <summary>The input type's name; by default the field name in PascalCase plus <c>Input</c>.</summary>
    public string? InputTypeName { get; set; }

    /// <summary>The payload type's name; by default the field name in PascalCase plus <c>Payload</c>.</summary>
    public string? PayloadTypeName { get; set; }
}
