using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;
using KtPortal.GraphQL.Validation;

namespace KtPortal.GraphQL.Tests.Validation;

/// <summary>Runs one rule over a document and compares messages, locations and error shape.</summary>
internal static class ValidationAssert
{
    public static ExpectedError Error(string message, params (int Line, int Column)[] locations) => new(message, locations);

    public static IReadOnlyList<GraphQLError> Validate<TRule>(string document, Schema? schema = null)
        where TRule : ValidationRule, new()
    {
        var validator = new DocumentValidator([static () => new TRule()], new DocumentValidatorOptions { CacheSize = 0 });
        return validator.Validate(schema ?? ValidationSchema.Instance, Utf8GraphQLParser.Parse(document)).Errors;
    }

    public static void ExpectValid<TRule>(string document)
        where TRule : ValidationRule, new()
        => Assert.Empty(Describe(Validate<TRule>(document)));

    public static void ExpectErrors<TRule>(string document, params ExpectedError[] expected)
        where TRule : ValidationRule, new()
    {
        var errors = Validate<TRule>(document);
        Assert.Equal(Describe(expected), Describe(errors));
        var ruleName = new TRule().Name;
        foreach (var error in errors)
        {
            Assert.Equal("VALIDATION_FAILED", error.Code);
            Assert.NotNull(error.Extensions);
            Assert.Equal(ruleName, error.Extensions["rule"]);
        }
    }

    public static List<string> Describe(IEnumerable<GraphQLError> errors)
        => [.. errors.Select(e => Describe(e.Message, e.Locations.Select(l => (l.Line, l.Column))))];

    private static List<string> Describe(IEnumerable<ExpectedError> errors)
        => [.. errors.Select(e => Describe(e.Message, e.Locations))];

    private static string Describe(string message, IEnumerable<(int Line, int Column)> locations)
        => message + " @ " + string.Join(", ", locations.Select(l => $"{l.Line}:{l.Column}"));
}

/// <summary>An error a test expects: its message and locations.</summary>
internal sealed record ExpectedError(string Message, IReadOnlyList<(int Line, int Column)> Locations);
