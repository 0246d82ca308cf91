using KtPortal.GraphQL.Types;
using KtPortal.GraphQL.Validation;

namespace KtPortal.GraphQL.Tests.Sdl;

/// <summary>
/// Builds a schema from SDL and compares the schema-validation errors, in order, with graphql-js's
/// <c>validateSchema(buildSchema(sdl))</c>. When <see cref="SchemaBuilder"/> already rejects the schema,
/// the errors it throws are compared instead, so the test checks what a caller sees either way.
/// </summary>
internal static class SchemaAssert
{
    public static (string Message, (int Line, int Column)[] Locations) Error(
        string message,
        params (int Line, int Column)[] locations)
        => (message, locations);

    public static void Valid(string sdl) => Errors(sdl);

    public static void Errors(string sdl, params (string Message, (int Line, int Column)[] Locations)[] expected)
    {
        var errors = Validate(sdl);

        Assert.Equal(
            string.Join('\n', expected.Select(e => Line(e.Message, e.Locations))),
            string.Join('\n', errors.Select(e => Line(e.Message, [.. e.Locations.Select(l => (l.Line, l.Column))]))));
        Assert.All(errors, error => Assert.Equal("SCHEMA_INVALID", error.Code));
    }

    public static IReadOnlyList<GraphQLError> Validate(string sdl)
    {
        Schema schema;
        try
        {
            schema = SchemaBuilder.New().AddDocumentFromString(sdl).Create();
        }
        catch (SchemaException exception)
        {
            return exception.Errors;
        }

        return SchemaValidator.Validate(schema);
    }

    private static string Line(string message, (int Line, int Column)[] locations)
        => $"{message} @ {string.Join(' ', locations.Select(l => $"{l.Line}:{l.Column}"))}";
}
