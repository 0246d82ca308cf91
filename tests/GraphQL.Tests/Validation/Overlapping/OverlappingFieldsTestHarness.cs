using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;
using KtPortal.GraphQL.Validation;
using KtPortal.GraphQL.Validation.Rules;
using KtPortal.Testing;

namespace KtPortal.GraphQL.Tests.Validation.Overlapping;

/// <summary>Runs <see cref="OverlappingFieldsCanBeMergedRule"/> alone on the suite's schema.</summary>
internal static class OverlappingFieldsTestHarness
{
    /// <summary>Large enough for the adversarial documents; the defaults guard servers, not this suite.</summary>
    public static readonly ParserOptions LargeDocuments = new()
    {
        MaxAllowedTokens = 10_000_000,
        MaxAllowedFields = 1_000_000,
        MaxAllowedDepth = 1_000,
    };

    private static readonly Lazy<Schema> LazySchema = new(() => SchemaBuilder.New()
        .AddDocumentFromString(File.ReadAllText(Path.Combine(Directory, "overlapping-schema.graphql")))
        .Create());

    public static Schema Schema => LazySchema.Value;

    /// <summary>The folder of this file, where the schema and the reference results live.</summary>
    public static string Directory => RepositoryFiles.PathOf("tests", "GraphQL.Tests", "Validation", "Overlapping");

    public static IReadOnlyList<GraphQLError> Validate(string document) => Run(document).Errors;

    /// <summary>Validates and returns the errors with the checker, whose counters show the work done.</summary>
    public static (IReadOnlyList<GraphQLError> Errors, OverlappingFieldsCanBeMergedChecker? Checker) Run(
        string document,
        int maxErrors = 100,
        Schema? schema = null)
    {
        var rule = new OverlappingFieldsCanBeMergedRule();
        var validator = new DocumentValidator([() => rule], new DocumentValidatorOptions { CacheSize = 0, MaxErrors = maxErrors });
        var result = validator.Validate(schema ?? Schema, Utf8GraphQLParser.Parse(document, LargeDocuments));
        return (result.Errors, rule.Checker);
    }

    public static string Format(IReadOnlyList<GraphQLError> errors)
        => string.Join(
            "\n",
            errors.Select(static e => e.Message + " @ " + string.Join(" ", e.Locations.Select(static l => $"{l.Line}:{l.Column}"))));
}
