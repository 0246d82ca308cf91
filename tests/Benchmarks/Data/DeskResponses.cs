using System.Buffers;
using System.Text.Json;
using KtPortal.GraphQL.Data.Tests.TestModel;
using KtPortal.GraphQL.Execution;

namespace KtPortal.Benchmarks.Data;

/// <summary>What the data benchmarks time of the engine: a request on a desk API, its response written as UTF-8 JSON.</summary>
internal static class DeskResponses
{
    /// <summary>The variables of the benchmarks' ticket queries: the statuses of the tickets still being worked on.</summary>
    public static Dictionary<string, object?> OpenStatuses()
        => new() { ["statuses"] = new List<object?> { "OPEN", "IN_PROGRESS", "WAITING_ON_CLIENT" } };

    /// <summary>Runs <paramref name="request"/> and writes its response into <paramref name="buffer"/> (emptied first); returns its length.</summary>
    public static async Task<int> WriteAsync(DeskApi api, OperationRequest request, ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        return await api.ExecuteAsync(request, result =>
        {
            using (var writer = new Utf8JsonWriter(buffer))
            {
                result.WriteTo(writer);
            }

            return buffer.WrittenCount;
        });
    }
}
