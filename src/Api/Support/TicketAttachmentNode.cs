using KtPortal.GraphQL;

namespace KtPortal.Api.Support;

/// <summary>Metadata of a file attached to a message.</summary>
/// <param name="FileName">The file's name.</param>
/// <param name="ContentType">Its media type.</param>
/// <param name="SizeBytes">Its size in bytes (at most 50 MB).</param>
[GraphQLName("TicketAttachment")]
public sealed record TicketAttachmentNode(string FileName, string ContentType, int SizeBytes);
