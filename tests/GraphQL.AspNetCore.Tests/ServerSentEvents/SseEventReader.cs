using System.Text;

namespace KtPortal.GraphQL.AspNetCore.Tests.ServerSentEvents;

/// <summary>Reads an event stream as the HTML standard interprets it, one event at a time.</summary>
// https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation
internal sealed class SseEventReader(Stream stream)
{
    private readonly StreamReader _reader = new(stream, Encoding.UTF8);

    public async Task<SseEvent?> ReadAsync()
    {
        string? name = null;
        StringBuilder? data = null;
        var comment = false;
        while (await _reader.ReadLineAsync() is { } line)
        {
            if (line.Length == 0)
            {
                if (name is not null || data is not null)
                {
                    return new SseEvent(name ?? "message", data?.ToString() ?? string.Empty);
                }

                if (comment)
                {
                    return new SseEvent(":", string.Empty);
                }

                continue;
            }

            if (line[0] == ':')
            {
                comment = true;
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? string.Empty : line[(colon + 1)..];
            if (value.StartsWith(' '))
            {
                value = value[1..];
            }

            if (field == "event")
            {
                name = value;
            }
            else if (field == "data")
            {
                data = data is null ? new StringBuilder(value) : data.Append('\n').Append(value);
            }
        }

        return null;
    }

    /// <summary>Every event up to the end of the stream, comments left out.</summary>
    public async Task<List<SseEvent>> ReadToEndAsync()
    {
        var events = new List<SseEvent>();
        while (await ReadAsync() is { } item)
        {
            if (item.Event != ":")
            {
                events.Add(item);
            }
        }

        return events;
    }
}
