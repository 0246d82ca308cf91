using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Validation.Sdl.Rules;

namespace KtPortal.GraphQL.Validation.Sdl;

// https://spec.graphql.org/October2021/#sec-Type-System

/// <summary>
/// Validates a type-system document before a schema is built from it, with the rules graphql-js
/// applies in <c>buildASTSchema</c> (its <c>specifiedSDLRules</c>, run without an existing schema).
/// </summary>
public static class SdlValidator
{
    /// <summary>
    /// Validates <paramref name="document"/> and returns the errors in the order graphql-js reports them.
    /// Each error has <see cref="GraphQLError.Code"/> <c>SCHEMA_INVALID</c> and the graphql-js rule name
    /// in <c>Extensions["rule"]</c>.
    /// </summary>
    /// <param name="document">The parsed SDL document.</param>
    /// <returns>The errors; empty when the document is valid.</returns>
    public static IReadOnlyList<GraphQLError> Validate(DocumentNode document) => Validate(document, null);

    /// <summary>
    /// Validates a document some of whose nodes were generated from C# members; errors at those nodes name the
    /// member in the message and in <c>extensions.member</c>.
    /// </summary>
    internal static IReadOnlyList<GraphQLError> Validate(DocumentNode document, IReadOnlyDictionary<ISyntaxNode, string>? origins)
    {
        ArgumentNullException.ThrowIfNull(document);

        var context = new SdlValidationContext(origins);
        SdlRule[] rules =
        [
            new LoneSchemaDefinitionRule(),
            new UniqueOperationTypesRule(),
            new UniqueTypeNamesRule(),
            new UniqueEnumValueNamesRule(),
            new UniqueFieldDefinitionNamesRule(),
            new UniqueArgumentDefinitionNamesRule(),
            new UniqueDirectiveNamesRule(),
            new KnownTypeNamesRule(document),
            new KnownDirectivesRule(document),
            new UniqueDirectivesPerLocationRule(document),
            new PossibleTypeExtensionsRule(document),
            new KnownArgumentNamesOnDirectivesRule(document),
            new UniqueArgumentNamesRule(),
            new UniqueInputFieldNamesRule(),
            new ProvidedRequiredArgumentsOnDirectivesRule(document),
        ];

        new SdlWalker(context, rules).Walk(document);
        return context.Errors;
    }
}
