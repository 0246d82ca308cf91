using KtPortal.GraphQL.AspNetCore.Persisted;

namespace KtPortal.GraphQL.AspNetCore.Tests.Persisted;

public sealed class TrustedOnlyClientTests
{
    private const string Document = "{ hello }";

    [Fact]
    public async Task ListedClient_Query_PersistedOperationRequiredWith403()
    {
        var factory = FactoryFixture.Create(options => options.OnlyTrustedFor.Add("web"));

        var result = await factory.CreateAsync(new GraphQLRequest { Query = Document }, FactoryFixture.Context("Web"));

        Assert.Null(result.Request);
        Assert.Equal(PersistedOperationErrorCodes.PersistedOperationRequired, result.Error?.Code);
        Assert.Equal(403, result.StatusCode);
    }

    [Fact]
    public async Task ListedClient_DocumentId_Runs()
    {
        var storage = new InMemoryOperationDocumentStorage();
        var id = storage.Add(Document);
        var factory = FactoryFixture.Create(options => options.OnlyTrustedFor.Add("web"), storage);

        var result = await factory.CreateAsync(new GraphQLRequest { DocumentId = id }, FactoryFixture.Context("web"));

        Assert.Equal(Document, result.Request?.Query);
    }

    [Fact]
    public async Task OtherClientOrNoName_Query_Runs()
    {
        var factory = FactoryFixture.Create(options => options.OnlyTrustedFor.Add("web"));

        Assert.NotNull((await factory.CreateAsync(new GraphQLRequest { Query = Document }, FactoryFixture.Context("partner"))).Request);
        Assert.NotNull((await factory.CreateAsync(new GraphQLRequest { Query = Document }, FactoryFixture.Context())).Request);
    }

    [Fact]
    public async Task Wildcard_EveryClientIncludingUnnamed()
    {
        var factory = FactoryFixture.Create(options => options.OnlyTrustedFor.Add("*"));

        var result = await factory.CreateAsync(new GraphQLRequest { Query = Document }, FactoryFixture.Context());

        Assert.Equal(PersistedOperationErrorCodes.PersistedOperationRequired, result.Error?.Code);
    }

    [Fact]
    public async Task ListedClient_CannotRegisterOrReuseAutomaticPersistedQueries()
    {
        var factory = FactoryFixture.Create(options => options.OnlyTrustedFor.Add("web"), new InMemoryOperationDocumentStorage());
        var hash = AutomaticPersistedQueryTests.Hash(Document);
        await factory.CreateAsync(AutomaticPersistedQueryTests.Request(hash, Document), FactoryFixture.Context("partner"));

        var register = await factory.CreateAsync(AutomaticPersistedQueryTests.Request(hash, Document), FactoryFixture.Context("web"));
        var reuse = await factory.CreateAsync(AutomaticPersistedQueryTests.Request(hash), FactoryFixture.Context("web"));

        Assert.Equal(PersistedOperationErrorCodes.PersistedOperationRequired, register.Error?.Code);
        Assert.Equal(PersistedOperationErrorCodes.PersistedQueryNotFound, reuse.Error?.Code);
    }

    [Fact]
    public async Task ClientNameHeader_Configurable()
    {
        var factory = FactoryFixture.Create(options =>
        {
            options.OnlyTrustedFor.Add("web");
            options.ClientNameHeader = "X-Client";
        });
        var context = FactoryFixture.Context();
        context.Request.Headers["X-Client"] = "web";

        var result = await factory.CreateAsync(new GraphQLRequest { Query = Document }, context);

        Assert.Equal(PersistedOperationErrorCodes.PersistedOperationRequired, result.Error?.Code);
    }
}
