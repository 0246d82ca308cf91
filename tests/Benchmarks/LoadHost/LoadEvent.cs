namespace KtPortal.LoadHost;

/// <summary>One published event.</summary>
/// <param name="Sequence">1, 2, 3, ... in publishing order on its channel.</param>
/// <param name="PublishedAt">
/// Wall-clock time just before the event was handed to the event bus, in milliseconds since the Unix epoch
/// with sub-millisecond precision, so a client on the same machine can compute the delivery latency.
/// </param>
[GraphQLName("Event")]
public sealed record LoadEvent(int Sequence, double PublishedAt);
