using KtPortal.GraphQL.AspNetCore.Persisted;

namespace KtPortal.GraphQL.AspNetCore.Tests.Persisted;

public sealed class FileOperationDocumentStorageTests
{
    private const string Document = "query Hello {\n  hello\n}\n";

    [Fact]
    public async Task TryReadAsync_FileNamedAfterItsHash_ReturnsItsText()
    {
        using var folder = new TemporaryFolder();
        var id = await WriteAsync(folder, Document);

        var text = await new FileOperationDocumentStorage(folder.Path).TryReadAsync(id, CancellationToken.None);

        Assert.Equal(Document, text);
    }

    [Fact]
    public async Task TryReadAsync_ContentChangedAfterwards_Refused()
    {
        using var folder = new TemporaryFolder();
        var id = await WriteAsync(folder, Document);
        await File.WriteAllTextAsync(Path.Combine(folder.Path, Hex(id) + ".graphql"), Document.Replace("hello", "secrets", StringComparison.Ordinal));

        var exception = await Assert.ThrowsAsync<PersistedDocumentIntegrityException>(
            () => new FileOperationDocumentStorage(folder.Path).TryReadAsync(id, CancellationToken.None).AsTask());

        Assert.Equal(id, exception.DocumentId);
        Assert.NotEqual(id, exception.ActualDocumentId);
        Assert.Contains(id, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryReadAsync_NoSuchFile_Null()
    {
        using var folder = new TemporaryFolder();

        var text = await new FileOperationDocumentStorage(folder.Path).TryReadAsync(DocumentIds.Compute(Document), CancellationToken.None);

        Assert.Null(text);
    }

    [Fact]
    public async Task TryReadAsync_NoSuchFolder_Null()
    {
        var storage = new FileOperationDocumentStorage(Path.Combine(Path.GetTempPath(), "ktportal-missing-" + Guid.NewGuid().ToString("N")));

        Assert.Null(await storage.TryReadAsync(DocumentIds.Compute(Document), CancellationToken.None));
    }

    [Theory]
    [InlineData("sha256:../secret")]
    [InlineData("x-custom:abc")]
    public async Task TryReadAsync_NotACanonicalId_NeverTouchesTheFileSystem(string id)
    {
        using var folder = new TemporaryFolder();

        Assert.Null(await new FileOperationDocumentStorage(folder.Path).TryReadAsync(id, CancellationToken.None));
    }

    private static async Task<string> WriteAsync(TemporaryFolder folder, string document)
    {
        var id = DocumentIds.Compute(document);
        await File.WriteAllTextAsync(Path.Combine(folder.Path, Hex(id) + ".graphql"), document);
        return id;
    }

    private static string Hex(string id) => id[DocumentIds.Sha256Prefix.Length..];
}
