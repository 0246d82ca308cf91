namespace KtPortal.GraphQL.AspNetCore.Tests.ServerSentEvents;

/// <summary>One dispatched server-sent event (comments are kept as events named ":" so tests can see them).</summary>
internal sealed record SseEvent(string Event, string Data);
