using System.Text.Json;
using KtPortal.GraphQL.Types;

namespace KtPortal.Conformance.Host;

/// <summary><c>printSchema(buildSchema(source))</c> and <c>printIntrospectionSchema(buildSchema(source))</c>.</summary>
internal static class SchemaPrintOperations
{
    /// <summary>
    /// The printed schema; the syntax error or the schema errors when the document does not build. Only valid
    /// schemas are compared: graphql-js <c>buildSchema</c> would print some that our builder rejects.
    /// </summary>
    public static void Print(string source, bool introspection, Utf8JsonWriter writer)
    {
        if (!Operations.TryBuildSchema(source, writer, out var schema))
        {
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
