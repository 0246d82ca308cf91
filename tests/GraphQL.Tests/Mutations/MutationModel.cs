using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Tests.Mutations;

public static class MutationModel
{
    public enum TicketPriority
    {
        Low,
        High,
    }

    public sealed record Ticket(int Id, string Title, TicketPriority Priority);

    public sealed class TicketNotFoundException(int id) : Exception($"Ticket {id} was not found.");

    public sealed class QuotaExceededException(int limit) : Exception($"At most {limit} renames a day.")
    {
        public int Limit { get; } = limit;
    }

    // A returned error.
    public sealed record TitleTakenError(string Title) : IError
    {
        public string Message => $"The title \"{Title}\" is taken.";

        public string Code => "TITLE_TAKEN";

        public IReadOnlyList<string>? Path => ["input", "title"];
    }

    // An error built from the exception it is declared for.
    public sealed class QuotaExceededError(QuotaExceededException exception) : IError
    {
        public string Message => exception.Message;

        public string Code => "QUOTA_EXCEEDED";

        public IReadOnlyList<string>? Path => null;

        public int Limit => exception.Limit;
    }

    // A hand-written payload.
    public sealed record CloseTicketPayload(Ticket? Ticket, bool? WasOpen);

    public sealed class Query
    {
        public int Version => 1;
    }

    public sealed class TicketMutations
    {
        [Error<TicketNotFoundException>]
        [Error<TitleTakenError>]
        public async Task<MutationResult<Ticket, TitleTakenError>> CreateTicketAsync(
            string title,
            TicketPriority priority,
            CancellationToken cancellationToken,
            string? description = null)
        {
            await Task.Yield();
            return title switch
            {
                "taken" => new TitleTakenError(title),
                "missing" => throw new TicketNotFoundException(41),
                "boom" => throw new InvalidOperationException("the database is on fire"),
                _ => new Ticket(1, title + (description is null ? "" : $" ({description})"), priority),
            };
        }

        [Error(typeof(QuotaExceededError))]
        [Error<TitleTakenError>]
        [UseMutationConvention(PayloadFieldName = "renamed")]
        public MutationResult<Ticket> RenameTicket([ID<Ticket>] int id, string title)
            => title switch
            {
                "quota" => throw new QuotaExceededException(3),
                "twice" => MutationResult<Ticket>.FromErrors(new TitleTakenError("twice"), new TitleTakenError("twice, again")),
                _ => new Ticket(id, title, TicketPriority.Low),
            };

        [Error<TicketNotFoundException>]
        public CloseTicketPayload CloseTicket(int id)
            => id == 404 ? throw new TicketNotFoundException(id) : new CloseTicketPayload(new Ticket(id, "Closed", TicketPriority.Low), true);

        public bool Ping() => true;
    }
}
