using BenchmarkDotNet.Attributes;
using KtPortal.Benchmarks.Language;
using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;
using KtPortal.GraphQL.Validation;
using KtPortal.GraphQL.Validation.Rules;

namespace KtPortal.Benchmarks.Validation;

/// <summary>
/// <see cref="OverlappingFieldsCanBeMergedRule"/> alone on ordinary documents, against the validator's
/// bare walk: what the rule costs when nothing is hostile.
/// </summary>
[MemoryDiagnoser]
public class OverlappingFieldsRealisticBenchmarks
{
    private Schema _schema = null!;
    private DocumentNode _document = null!;
    private DocumentValidator _validator = null!;
    private DocumentValidator _walkOnly = null!;

    /// <summary>The document, from <c>tests/Benchmarks/Documents</c>.</summary>
    [Params("realistic-2kb.graphql", "introspection.graphql")]
    public string Document { get; set; } = string.Empty;

    /// <summary>Builds the schema, the document and the two validators.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _schema = SchemaBuilder.New().AddDocumentFromString(BenchmarkDocuments.Read("realistic.schema.graphql")).Create();
        _document = Utf8GraphQLParser.Parse(BenchmarkDocuments.Read(Document));
        _validator = new DocumentValidator([static () => new OverlappingFieldsCanBeMergedRule()], new DocumentValidatorOptions { CacheSize = 0 });
        _walkOnly = new DocumentValidator([static () => new NoRule()], new DocumentValidatorOptions { CacheSize = 0 });
    }

    /// <summary>The validator's walk alone.</summary>
    [Benchmark(Baseline = true)]
    public int WalkOnly() => _walkOnly.Validate(_schema, _document).Errors.Count;

    /// <summary>The walk with this rule.</summary>
    [Benchmark]
    public int Validate() => _validator.Validate(_schema, _document).Errors.Count;

    private sealed class NoRule : ValidationRule
    {
        public override string Name => nameof(NoRule);
    }
}
