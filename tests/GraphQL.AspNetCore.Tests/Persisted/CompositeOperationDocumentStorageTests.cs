using KtPortal.GraphQL.AspNetCore.Persisted;

namespace KtPortal.GraphQL.AspNetCore.Tests.Persisted;

public sealed class CompositeOperationDocumentStorageTests
{
    [Fact]
    public async Task The_first_storage_that_holds_the_id_answers()
    {
        var first = new InMemoryOperationDocumentStorage();
        var second = new InMemoryOperationDocumentStorage();
        var onlySecond = second.Add("{ b }");
        var both = first.Add("{ a }");
        second.Add("{ a }");
        var storage = new CompositeOperationDocumentStorage(first, second);

        Assert.Equal("{ a }", await storage.TryReadAsync(both, CancellationToken.None));
        Assert.Equal("{ b }", await storage.TryReadAsync(onlySecond, CancellationToken.None));
        Assert.Null(await storage.TryReadAsync(DocumentIds.Compute("{ c }"), CancellationToken.None));
    }

    [Fact]
    public void It_needs_at_least_one_storage()
        => Assert.Throws<ArgumentException>(() => new CompositeOperationDocumentStorage());
}
