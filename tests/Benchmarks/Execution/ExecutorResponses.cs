using System.Buffers;
using System.Text.Json;
using KtPortal.GraphQL.Execution;

namespace KtPortal.Benchmarks.Execution;

/// <summary>What the in-process execution benchmarks time: a request on an executor, its response written as UTF-8 JSON.</summary>
internal static class ExecutorResponses
{
    /// <summary>Runs <paramref name="request"/> and writes its response into <paramref name="buffer"/> (emptied first); returns its length.</summary>
    public static async Task<int> WriteAsync(RequestExecutor executor, OperationRequest request, ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        await using var result = (OperationResult)await executor.ExecuteAsync(request);
        await using (var writer = new Utf8JsonWriter(buffer))
        {
            result.WriteTo(writer);
        }

        return buffer.WrittenCount;
    }
}
