using KtPortal.GraphQL.AspNetCore.Persisted;

namespace KtPortal.GraphQL.AspNetCore.Tests.Persisted;

public sealed class TrustedDocumentTests
{
    private const string Document = "{ hello }";

    [Fact]
    public async Task DocumentId_KnownDocument_RunsItKeyedOnTheId()
    {
        var storage = new InMemoryOperationDocumentStorage();
        var id = storage.Add(Document);
        var factory = FactoryFixture.Create(storage: storage);

        var result = await factory.CreateAsync(new GraphQLRequest { DocumentId = id, OperationName = "A" }, FactoryFixture.Context());

        Assert.Null(result.Error);
        Assert.Equal(Document, result.Request!.Query);
        Assert.Equal(id, result.Request.DocumentHash);
        Assert.Equal("A", result.Request.OperationName);
    }

    [Fact]
    public async Task DocumentId_BareHash_Accepted()
    {
        var storage = new InMemoryOperationDocumentStorage([Document]);
        var factory = FactoryFixture.Create(storage: storage);
        var hex = DocumentIds.Compute(Document)[DocumentIds.Sha256Prefix.Length..];

        var result = await factory.CreateAsync(new GraphQLRequest { DocumentId = hex }, FactoryFixture.Context());

        Assert.Equal(Document, result.Request?.Query);
    }

    [Fact]
    public async Task DocumentId_Unknown_PersistedOperationNotFound()
    {
        var factory = FactoryFixture.Create(storage: new InMemoryOperationDocumentStorage());

        var result = await factory.CreateAsync(new GraphQLRequest { DocumentId = DocumentIds.Compute(Document) }, FactoryFixture.Context());

        Assert.Null(result.Request);
        Assert.Equal(PersistedOperationErrorCodes.PersistedOperationNotFound, result.Error?.Code);
        Assert.Null(result.StatusCode);
    }

    [Fact]
    public async Task DocumentId_Malformed_PersistedOperationInvalid()
    {
        var factory = FactoryFixture.Create(storage: new InMemoryOperationDocumentStorage());

        var result = await factory.CreateAsync(new GraphQLRequest { DocumentId = "sha256:nothex" }, FactoryFixture.Context());

        Assert.Equal(PersistedOperationErrorCodes.PersistedOperationInvalid, result.Error?.Code);
    }

    [Fact]
    public async Task DocumentIdAndQuery_Refused()
    {
        var storage = new InMemoryOperationDocumentStorage();
        var factory = FactoryFixture.Create(storage: storage);

        var result = await factory.CreateAsync(new GraphQLRequest { DocumentId = storage.Add(Document), Query = Document }, FactoryFixture.Context());

        Assert.Equal(PersistedOperationErrorCodes.PersistedOperationInvalid, result.Error?.Code);
    }

    [Fact]
    public async Task NeitherQueryNorDocumentId_QueryMissing()
    {
        var factory = FactoryFixture.Create();

        var result = await factory.CreateAsync(new GraphQLRequest(), FactoryFixture.Context());

        Assert.Equal(PersistedOperationErrorCodes.QueryMissing, result.Error?.Code);
    }

    [Fact]
    public async Task NoStorageRegistered_ReadsTheFolderUnderTheContentRoot()
    {
        using var folder = new TemporaryFolder();
        var persisted = Directory.CreateDirectory(Path.Combine(folder.Path, "schema", "persisted"));
        var id = DocumentIds.Compute(Document);
        await File.WriteAllTextAsync(Path.Combine(persisted.FullName, id[DocumentIds.Sha256Prefix.Length..] + ".graphql"), Document);
        var factory = FactoryFixture.Create(contentRoot: folder.Path);

        var result = await factory.CreateAsync(new GraphQLRequest { DocumentId = id }, FactoryFixture.Context());

        Assert.Equal(Document, result.Request?.Query);
    }

    [Fact]
    public async Task CorruptFile_RefusedWithPersistedOperationInvalid()
    {
        using var folder = new TemporaryFolder();
        var id = DocumentIds.Compute(Document);
        await File.WriteAllTextAsync(Path.Combine(folder.Path, id[DocumentIds.Sha256Prefix.Length..] + ".graphql"), "{ hello secret }");
        var factory = FactoryFixture.Create(options => options.Directory = folder.Path);

        var result = await factory.CreateAsync(new GraphQLRequest { DocumentId = id }, FactoryFixture.Context());

        Assert.Null(result.Request);
        Assert.Equal(PersistedOperationErrorCodes.PersistedOperationInvalid, result.Error?.Code);
        Assert.Equal(500, result.StatusCode);
    }
}
