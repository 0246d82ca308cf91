using BenchmarkDotNet.Attributes;
using KtPortal.Benchmarks.Language;
using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;
using KtPortal.GraphQL.Validation;

namespace KtPortal.Benchmarks.Pipeline;

/// <summary>
/// Parse plus validate, as a server does for an operation it has not seen: a fresh document each time,
/// no validation cache. The same documents and schema as <c>js/parse-validate.mjs</c>, which times
/// graphql-js; <c>./portal bench language</c> runs both and reports the ratio.
/// </summary>
[MemoryDiagnoser]
public class ParseValidateBenchmarks
{
    private readonly DocumentValidator _uncached = new(new DocumentValidatorOptions { CacheSize = 0 });
    private readonly DocumentValidator _cached = new();
    private Schema _schema = null!;
    private string _introspection = string.Empty;
    private string _realistic = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _schema = SchemaBuilder.New().AddDocumentFromString(BenchmarkDocuments.Read("realistic.schema.graphql")).Create();
        _introspection = BenchmarkDocuments.Read("introspection.graphql");
        _realistic = BenchmarkDocuments.Read("realistic-2kb.graphql");
        foreach (var source in new[] { _introspection, _realistic })
        {
            var result = _uncached.Validate(_schema, Utf8GraphQLParser.Parse(source));
            if (!result.IsValid)
            {
                throw new InvalidOperationException("Benchmark document is invalid: " + result.Errors[0].Message);
            }
        }
    }

    [Benchmark]
    public ValidationResult ParseValidateIntrospection() => _uncached.Validate(_schema, Utf8GraphQLParser.Parse(_introspection));

    [Benchmark]
    public ValidationResult ParseValidateRealistic() => _uncached.Validate(_schema, Utf8GraphQLParser.Parse(_realistic));

    /// <summary>A repeated operation: parsed again, validation answered from the cache by its hash.</summary>
    [Benchmark]
    public ValidationResult ParseValidateRealisticCached() =>
        _cached.Validate(_schema, Utf8GraphQLParser.Parse(_realistic), "realistic-2kb");
}
