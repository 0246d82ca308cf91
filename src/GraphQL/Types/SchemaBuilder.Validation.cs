using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Validation;
using KtPortal.GraphQL.Validation.Sdl;

namespace KtPortal.GraphQL.Types;

public sealed partial class SchemaBuilder
{
    // graphql-js validateSDL: the document must be valid SDL before anything is built.
    private static void ValidateSdl(DocumentNode document, IReadOnlyDictionary<ISyntaxNode, string>? origins)
    {
        var errors = SdlValidator.Validate(document, origins);
        if (errors.Count > 0)
        {
            throw new SchemaException(errors);
        }
    }

    // graphql-js validateSchema: the built schema must satisfy the type system rules.
    private static void ValidateSchema(Schema schema, IReadOnlyDictionary<ISyntaxNode, string>? origins)
    {
        var errors = SchemaValidator.Validate(schema, origins);
        if (errors.Count > 0)
        {
            throw new SchemaException(errors);
        }
    }
}
