using KtPortal.Domain.Support;

namespace KtPortal.Api.Support;

/// <summary>Metadata of a file attached to a new message (the file itself is uploaded to document storage).</summary>
/// <param name="FileName">The file's name.</param>
/// <param name="ContentType">Its media type, e.g. <c>image/png</c>.</param>
/// <param name="SizeBytes">Its size in bytes, at most 52,428,800 (50 MB).</param>
public sealed record TicketAttachmentInput(string FileName, string ContentType, int SizeBytes)
{
    /// <summary>The domain's value.</summary>
    public TicketAttachment ToAttachment() => new(FileName, ContentType, SizeBytes);
}
