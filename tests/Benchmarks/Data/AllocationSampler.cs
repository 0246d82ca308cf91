using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace KtPortal.Benchmarks.Data;

/// <summary>
/// Which types a stretch of code allocates, from the runtime's own sampling: the GC raises an allocation tick each time
/// about 100 KB have been allocated on a thread, naming the type of the object that crossed the mark, so over many
/// requests each type's share of the ticks is its share of the bytes. In process, without a profiler; used by
/// <see cref="RequestTimeline"/> with <c>TIMELINE_ALLOCATIONS=1</c>.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    // GCKeyword, and the event's id in the runtime's provider (GCAllocationTick_V4).
    private const EventKeywords GCKeyword = (EventKeywords)0x1;
    private const int AllocationTick = 10;

    private readonly ConcurrentDictionary<string, long> _ticks = new(StringComparer.Ordinal);
    private volatile bool _recording;

    /// <summary>Counts the ticks raised from now until <see cref="Stop"/>.</summary>
    public void Start()
    {
        _ticks.Clear();
        _recording = true;
    }

    /// <summary>Stops counting; answers the types by their share of the ticks, the largest first.</summary>
    public List<(string Type, double Share)> Stop()
    {
        _recording = false;
        var total = (double)_ticks.Values.Sum();
        return [.. _ticks.OrderByDescending(t => t.Value).Select(t => (t.Key, t.Value / total))];
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GCKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!_recording || eventData.EventId != AllocationTick || eventData.PayloadNames is not { } names)
        {
            return;
        }

        var index = names.IndexOf("TypeName");
        if (index >= 0 && eventData.Payload?[index] is string type)
        {
            _ticks.AddOrUpdate(type, 1, static (_, count) => count + 1);
        }
    }
}
