using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using KtPortal.Benchmarks.Language;
using KtPortal.GraphQL.Execution;

namespace KtPortal.Benchmarks.Execution;

/// <summary>
/// Executes the three benchmark operations in-process and writes each response to UTF-8 JSON, as a server
/// does. <c>Cached</c> rows reuse the parsed and validated operation (the executor's operation cache);
/// <c>Uncached</c> rows parse and validate every time. <c>js/execute.mjs</c> times graphql-js on the same
/// schema, data and operations; <c>./portal bench execution</c> runs both and reports the ratios.
/// </summary>
[MemoryDiagnoser]
public class ExecutionBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private RequestExecutor _cached = null!;
    private RequestExecutor _uncached = null!;
    private OperationRequest _threeFields = null!;
    private OperationRequest _fragments = null!;
    private OperationRequest _introspection = null!;

    [GlobalSetup]
    public void Setup()
    {
        var schema = StarWarsSchema.Create(StarWarsData.Load());
        _cached = new RequestExecutor(schema);
        _uncached = new RequestExecutor(schema, new RequestExecutorOptions { OperationCacheSize = 0 });
        _threeFields = new OperationRequest { Query = BenchmarkDocuments.Read("execution/three-fields.graphql") };
        _fragments = new OperationRequest { Query = BenchmarkDocuments.Read("execution/fragments.graphql") };
        _introspection = new OperationRequest { Query = BenchmarkDocuments.Read("introspection.graphql") };
        Verify(_threeFields, "three-fields");
        Verify(_fragments, "fragments");
        Verify(_introspection, "introspection");
    }

    [Benchmark]
    public Task<int> ThreeFieldsCached() => ExecuteAsync(_cached, _threeFields);

    [Benchmark]
    public Task<int> FragmentsCached() => ExecuteAsync(_cached, _fragments);

    [Benchmark]
    public Task<int> IntrospectionCached() => ExecuteAsync(_cached, _introspection);

    [Benchmark]
    public Task<int> ThreeFieldsUncached() => ExecuteAsync(_uncached, _threeFields);

    [Benchmark]
    public Task<int> FragmentsUncached() => ExecuteAsync(_uncached, _fragments);

    [Benchmark]
    public Task<int> IntrospectionUncached() => ExecuteAsync(_uncached, _introspection);

    private Task<int> ExecuteAsync(RequestExecutor executor, OperationRequest request) => ExecutorResponses.WriteAsync(executor, request, _buffer);

    // Both engines must produce the same response, so that they are timed doing the same work.
    private void Verify(OperationRequest request, string name)
    {
        ExecuteAsync(_cached, request).GetAwaiter().GetResult();
        using var ours = JsonDocument.Parse(_buffer.WrittenMemory);
        using var expected = JsonDocument.Parse(BenchmarkDocuments.Read($"execution/expected/{name}.json"));
        if (!JsonElement.DeepEquals(ours.RootElement, expected.RootElement))
        {
            throw new InvalidOperationException(
                $"The {name} response differs from Documents/execution/expected/{name}.json:\n{System.Text.Encoding.UTF8.GetString(_buffer.WrittenSpan)}");
        }
    }
}
