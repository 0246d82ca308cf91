using KtPortal.GraphQL;

namespace KtPortal.Api.Support;

/// <summary>The client's satisfaction rating of one resolution.</summary>
/// <param name="Score">1 (bad) to 5 (great).</param>
/// <param name="Comment">What the client said.</param>
/// <param name="Resolution">Which resolution of the ticket it rates (1 for the first).</param>
/// <param name="CreatedAt">When it was given.</param>
[GraphQLName("TicketRating")]
public sealed record TicketRatingNode(int Score, string? Comment, int Resolution, DateTimeOffset CreatedAt);
