using System.Text.Json;
using KtPortal.GraphQL.AspNetCore.Persisted;

namespace KtPortal.GraphQL.AspNetCore.Tests.Persisted;

public sealed class AutomaticPersistedQueryTests
{
    private const string Query = "{ hello }";

    [Fact]
    public async Task HashOnly_NotRegistered_PersistedQueryNotFound()
    {
        var factory = FactoryFixture.Create(storage: new InMemoryOperationDocumentStorage());

        var result = await factory.CreateAsync(Request(Hash(Query)), FactoryFixture.Context());

        Assert.Null(result.Request);
        Assert.Equal("PersistedQueryNotFound", result.Error?.Message);
        Assert.Equal(PersistedOperationErrorCodes.PersistedQueryNotFound, result.Error?.Code);
    }

    [Fact]
    public async Task HashAndQuery_RegistersThenHashOnlyRuns()
    {
        var factory = FactoryFixture.Create(storage: new InMemoryOperationDocumentStorage());

        var registered = await factory.CreateAsync(Request(Hash(Query), Query), FactoryFixture.Context());
        var reused = await factory.CreateAsync(Request(Hash(Query)), FactoryFixture.Context());

        Assert.Equal(Query, registered.Request?.Query);
        Assert.Equal("sha256:" + Hash(Query), registered.Request?.DocumentHash);
        Assert.Equal(Query, reused.Request?.Query);
        Assert.Equal("sha256:" + Hash(Query), reused.Request?.DocumentHash);
    }

    [Fact]
    public async Task HashAndQuery_HashOfAnotherQuery_RefusedAndNotStored()
    {
        var factory = FactoryFixture.Create(storage: new InMemoryOperationDocumentStorage());
        var otherHash = Hash("{ other }");

        var mismatch = await factory.CreateAsync(Request(otherHash, Query), FactoryFixture.Context());
        var lookup = await factory.CreateAsync(Request(otherHash), FactoryFixture.Context());

        Assert.Equal("provided sha does not match query", mismatch.Error?.Message);
        Assert.Equal(PersistedOperationErrorCodes.PersistedQueryInvalid, mismatch.Error?.Code);
        Assert.Equal(PersistedOperationErrorCodes.PersistedQueryNotFound, lookup.Error?.Code);
    }

    [Fact]
    public async Task UpperCaseHash_MatchesTheQuery()
    {
        var factory = FactoryFixture.Create(storage: new InMemoryOperationDocumentStorage());

        var result = await factory.CreateAsync(Request(Hash(Query).ToUpperInvariant(), Query), FactoryFixture.Context());

        Assert.Equal("sha256:" + Hash(Query), result.Request?.DocumentHash);
    }

    [Theory]
    [InlineData("""{"version":2,"sha256Hash":"d7a1c3fbd9b17fbf8d9bd5e1bd4c1bf2d0a48a9ea7fb82e3e6c5f7ff0cf13b4e"}""")]
    [InlineData("""{"version":1}""")]
    [InlineData("""{"version":1,"sha256Hash":"abc"}""")]
    [InlineData("\"yes\"")]
    public async Task MalformedExtension_PersistedQueryInvalid(string persistedQuery)
    {
        var factory = FactoryFixture.Create(storage: new InMemoryOperationDocumentStorage());
        var request = new GraphQLRequest
        {
            Query = Query,
            Extensions = new Dictionary<string, JsonElement> { ["persistedQuery"] = JsonDocument.Parse(persistedQuery).RootElement.Clone() },
        };

        var result = await factory.CreateAsync(request, FactoryFixture.Context());

        Assert.Equal(PersistedOperationErrorCodes.PersistedQueryInvalid, result.Error?.Code);
    }

    [Fact]
    public async Task HashOnly_TrustedDocument_RunsWithoutRegistration()
    {
        var factory = FactoryFixture.Create(storage: new InMemoryOperationDocumentStorage([Query]));

        var result = await factory.CreateAsync(Request(Hash(Query)), FactoryFixture.Context());

        Assert.Equal(Query, result.Request?.Query);
    }

    [Fact]
    public async Task Disabled_PersistedQueryNotSupported()
    {
        var factory = FactoryFixture.Create(options => options.EnableAutomaticPersistedQueries = false, new InMemoryOperationDocumentStorage());

        var register = await factory.CreateAsync(Request(Hash(Query), Query), FactoryFixture.Context());
        var lookup = await factory.CreateAsync(Request(Hash(Query)), FactoryFixture.Context());

        Assert.Equal("PersistedQueryNotSupported", register.Error?.Message);
        Assert.Equal(PersistedOperationErrorCodes.PersistedQueryNotSupported, lookup.Error?.Code);
    }

    [Fact]
    public async Task CacheFull_LeastRecentlyUsedIsForgotten()
    {
        var factory = FactoryFixture.Create(options => options.AutomaticPersistedQueryCacheSize = 1, new InMemoryOperationDocumentStorage());
        const string Other = "{ other }";

        await factory.CreateAsync(Request(Hash(Query), Query), FactoryFixture.Context());
        await factory.CreateAsync(Request(Hash(Other), Other), FactoryFixture.Context());

        Assert.Equal(PersistedOperationErrorCodes.PersistedQueryNotFound, (await factory.CreateAsync(Request(Hash(Query)), FactoryFixture.Context())).Error?.Code);
        Assert.Equal(Other, (await factory.CreateAsync(Request(Hash(Other)), FactoryFixture.Context())).Request?.Query);
    }

    internal static GraphQLRequest Request(string hash, string? query = null) => new()
    {
        Query = query,
        Extensions = new Dictionary<string, JsonElement>
        {
            ["persistedQuery"] = JsonSerializer.SerializeToElement(new { version = 1, sha256Hash = hash }),
        },
    };

    internal static string Hash(string query) => DocumentIds.Compute(query)[DocumentIds.Sha256Prefix.Length..];
}
