using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Validation;
using KtPortal.GraphQL.Validation.Sdl;

namespace KtPortal.GraphQL.Types;

public sealed partial class SchemaBuilder
{
    // graphql-js validateSDL: the document must be valid SDL before anything is built.
    private static void ValidateSdl(DocumentNode document)
    {
        var errors = SdlValidator.Validate(document);
        if (errors.Count > 0)
        {
            throw new SchemaException(errors);
        }
    }

    // graphql-js validateSchema: the built schema must satisfy the type system rules.
    private static void ValidateSchema(Schema schema)
    {
        var errors = SchemaValidator.Validate(schema);
        if (errors.Count > 0)
        {
            throw new SchemaException(errors);
        }
    }
}
