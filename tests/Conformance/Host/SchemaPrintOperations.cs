using System.Text.Json;
using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;
using KtPortal.GraphQL.Validation.Sdl;

namespace KtPortal.Conformance.Host;

/// <summary><c>printSchema(buildSchema(source))</c> and <c>printIntrospectionSchema(buildSchema(source))</c>.</summary>
internal static class SchemaPrintOperations
{
    /// <summary>
    /// The printed schema; the syntax error, the SDL rule errors or the build errors when the document does
    /// not build (graphql-js <c>buildSchema</c> throws the SDL rule errors but does not validate the schema).
    /// </summary>
    public static void Print(string source, bool introspection, Utf8JsonWriter writer)
    {
        DocumentNode document;
        try
        {
            document = Utf8GraphQLParser.Parse(source);
        }
        catch (SyntaxException exception)
        {
            AnswerWriter.WriteSyntaxError(writer, exception);
            return;
        }

        var sdlErrors = SdlValidator.Validate(document);
        if (sdlErrors.Count > 0)
        {
            AnswerWriter.WriteErrors(writer, sdlErrors);
            return;
        }

        Schema schema;
        try
        {
            schema = SchemaBuilder.New().AddDocument(document).Create();
        }
        catch (SchemaException exception)
        {
            AnswerWriter.WriteErrors(writer, exception.Errors);
            return;
        }

        string printed;
        try
        {
            printed = introspection ? SchemaPrinter.PrintIntrospectionSchema(schema) : SchemaPrinter.Print(schema);
        }
        catch (InvalidOperationException exception)
        {
            writer.WriteString("printError", exception.Message);
            return;
        }

        writer.WriteString("printed", printed);
    }
}
