using System.Text;
using BenchmarkDotNet.Attributes;
using KtPortal.GraphQL.Language;

namespace KtPortal.Benchmarks.Language;

/// <summary>Parsing and printing the introspection query and a realistic ~2 KB portal operation.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private string _introspection = string.Empty;
    private byte[] _introspectionUtf8 = [];
    private string _realistic = string.Empty;
    private byte[] _realisticUtf8 = [];
    private DocumentNode _introspectionDocument = null!;

    [GlobalSetup]
    public void Setup()
    {
        _introspection = BenchmarkDocuments.Read("introspection.graphql");
        _introspectionUtf8 = Encoding.UTF8.GetBytes(_introspection);
        _realistic = BenchmarkDocuments.Read("realistic-2kb.graphql");
        _realisticUtf8 = Encoding.UTF8.GetBytes(_realistic);
        _introspectionDocument = Utf8GraphQLParser.Parse(_introspection);
    }

    [Benchmark]
    public DocumentNode ParseIntrospection() => Utf8GraphQLParser.Parse(_introspection);

    [Benchmark]
    public DocumentNode ParseIntrospectionUtf8() => Utf8GraphQLParser.Parse(_introspectionUtf8);

    [Benchmark]
    public DocumentNode ParseRealistic() => Utf8GraphQLParser.Parse(_realistic);

    [Benchmark]
    public DocumentNode ParseRealisticUtf8() => Utf8GraphQLParser.Parse(_realisticUtf8);

    [Benchmark]
    public DocumentNode ParseRealisticNoLocations() => Utf8GraphQLParser.Parse(_realisticUtf8, NoLocations);

    [Benchmark]
    public string PrintIntrospection() => SyntaxPrinter.Print(_introspectionDocument);

    private static readonly ParserOptions NoLocations = new() { NoLocations = true };
}
