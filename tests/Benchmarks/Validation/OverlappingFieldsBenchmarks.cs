using BenchmarkDotNet.Attributes;
using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;
using KtPortal.GraphQL.Validation;
using KtPortal.GraphQL.Validation.Rules;

namespace KtPortal.Benchmarks.Validation;

/// <summary>
/// <see cref="OverlappingFieldsCanBeMergedRule"/> alone on adversarial documents (parsing excluded).
/// <c>overlapping.mjs</c> times graphql-js on the same documents.
/// </summary>
[MemoryDiagnoser]
public class OverlappingFieldsBenchmarks
{
    private static readonly ParserOptions LargeDocuments = new()
    {
        MaxAllowedTokens = 10_000_000,
        MaxAllowedFields = 1_000_000,
        MaxAllowedDepth = 1_000,
    };

    private Schema _schema = null!;
    private DocumentNode _document = null!;
    private DocumentValidator _validator = null!;
    private DocumentValidator _walkOnly = null!;

    /// <summary>The document shape.</summary>
    [ParamsAllValues]
    public OverlappingShape Shape { get; set; }

    /// <summary>Fields, fragments or copies in the document.</summary>
    [Params(100, 1_000, 10_000)]
    public int Size { get; set; }

    /// <summary>Builds the schema, the document and a validator that runs only this rule.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _schema = SchemaBuilder.New().AddDocumentFromString(OverlappingDocuments.Schema).Create();
        _document = Utf8GraphQLParser.Parse(OverlappingDocuments.Build(Shape, Size), LargeDocuments);
        _validator = new DocumentValidator([static () => new OverlappingFieldsCanBeMergedRule()], new DocumentValidatorOptions { CacheSize = 0 });
        _walkOnly = new DocumentValidator([static () => new NoRule()], new DocumentValidatorOptions { CacheSize = 0 });
    }

    /// <summary>The validator's walk alone, which the rule's cost comes on top of.</summary>
    [Benchmark(Baseline = true)]
    public int WalkOnly() => _walkOnly.Validate(_schema, _document).Errors.Count;

    /// <summary>Validates the document; returns the error count so the work cannot be skipped.</summary>
    [Benchmark]
    public int Validate() => _validator.Validate(_schema, _document).Errors.Count;

    private sealed class NoRule : ValidationRule
    {
        public override string Name => nameof(NoRule);
    }
}
