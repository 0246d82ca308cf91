using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;
using KtPortal.GraphQL.Validation;

namespace KtPortal.Conformance.Host;

/// <summary>The engine calls behind each request, mirroring what the runner asks of graphql-js.</summary>
internal static class Operations
{
    private static readonly DocumentValidator Validator = new();

    /// <summary><c>print(parse(source))</c>, or the syntax error.</summary>
    public static void Print(string source, Utf8JsonWriter writer)
    {
        string printed;
        try
        {
            printed = SyntaxPrinter.Print(Utf8GraphQLParser.Parse(source));
        }
        catch (SyntaxException exception)
        {
            AnswerWriter.WriteSyntaxError(writer, exception);
            return;
        }

        writer.WriteString("printed", printed);
    }

    /// <summary><c>validate(schema, parse(source))</c> with every specified rule.</summary>
    public static void Validate(SchemaCache schemas, string schemaSource, string source, Utf8JsonWriter writer)
    {
        var schema = schemas.GetOrBuild(schemaSource);
        var result = Validator.Validate(schema, Utf8GraphQLParser.Parse(source));
        AnswerWriter.WriteErrors(writer, result.Errors);
    }

    /// <summary>
    /// <c>buildSchema(source)</c> then <c>validateSchema</c>: the SDL rule errors when there are any,
    /// otherwise the schema validation errors (<see cref="SchemaBuilder.Create"/> runs both, in that order).
    /// </summary>
    public static void BuildSchema(string source, Utf8JsonWriter writer)
    {
        if (TryBuildSchema(source, writer, out _))
        {
            AnswerWriter.WriteErrors(writer, []);
        }
    }

    /// <summary>Builds the schema, or writes the syntax error or the schema errors and returns false.</summary>
    public static bool TryBuildSchema(string source, Utf8JsonWriter writer, [NotNullWhen(true)] out Schema? schema)
    {
        schema = null;
        try
        {
            schema = SchemaBuilder.New().AddDocumentFromString(source).Create();
            return true;
        }
        catch (SyntaxException exception)
        {
            AnswerWriter.WriteSyntaxError(writer, exception);
        }
        catch (SchemaException exception)
        {
            AnswerWriter.WriteErrors(writer, exception.Errors);
        }

        return false;
    }
}
