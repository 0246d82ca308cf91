using KtPortal.GraphQL.Data.Projection;
using KtPortal.GraphQL.Fetching;
using KtPortal.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace KtPortal.GraphQL.Data.Tests.TestModel;

/// <summary>
/// The message type of <see cref="DeskApi"/>: besides the projected <c>author</c> navigation, <c>writer</c> loads the
/// author through a request-scoped batch DataLoader, one statement for all the messages of a level, on a context
/// of its own.
/// </summary>
public sealed class DeskApiMessageType : ObjectType<Message>
{
    /// <inheritdoc/>
    protected override void Configure(IObjectTypeDescriptor<Message> descriptor)
        => descriptor.Field("writer")
            .Type("User!")

            // The message is projected: the loader's key must be loaded with it.
            .ContextData(RequiresAttribute.ContextKey, new[] { nameof(Message.AuthorId) })
            .Resolve(async (context, cancellationToken) =>
            {
                var factory = context.Service<DeskContextFactory>();
                var writers = context.BatchDataLoader<int, User>(
                    async (ids, ct) =>
                    {
                        // A batch runs beside the data fields of its level: it takes a context of its own.
                        await using var db = factory.CreateDbContext();
                        return await db.Users.Where(u => ids.Contains(u.Id))
                            .Select(u => new User { Id = u.Id, DisplayName = u.DisplayName })
                            .ToDictionaryAsync(u => u.Id, ct);
                    },
                    "DeskApi.writer");
                return await writers.LoadAsync(context.Parent<Message>().AuthorId, cancellationToken);
            });
}
