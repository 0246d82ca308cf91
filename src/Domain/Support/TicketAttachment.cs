namespace KtPortal.Domain.Support;

/// <summary>Metadata of a file attached to a message; the file itself lives in document storage.</summary>
/// <param name="FileName">The file's name as uploaded.</param>
/// <param name="ContentType">Its media type, e.g. <c>image/png</c>.</param>
/// <param name="SizeBytes">Its size, at most <see cref="MaxSizeBytes"/>.</param>
public sealed record TicketAttachment(string FileName, string ContentType, long SizeBytes)
{
    /// <summary>The largest attachment: 50 MB (DESIGN.md §3).</summary>
    public const long MaxSizeBytes = 50L * 1024 * 1024;

    /// <summary>Why the attachment is invalid, or <see langword="null"/> when it is valid.</summary>
    public string? Problem() =>
        string.IsNullOrWhiteSpace(FileName) || FileName.Length > 255 ? "An attachment needs a file name of at most 255 characters."
        : string.IsNullOrWhiteSpace(ContentType) || ContentType.Length > 255 || !ContentType.Contains('/', StringComparison.Ordinal) ? "An attachment needs a media type such as image/png."
        : SizeBytes is < 0 or > MaxSizeBytes ? "An attachment may be at most 50 MB."
        : null;
}
