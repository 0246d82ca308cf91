using KtPortal.GraphQL.AspNetCore.Persisted;

namespace KtPortal.GraphQL.AspNetCore.Tests.Persisted;

public sealed class AutomaticPersistedQueryStoreTests
{
    [Fact]
    public void Set_PastCapacity_DropsTheLeastRecentlyUsed()
    {
        var store = new AutomaticPersistedQueryStore(2);
        store.Set("a", "{ a }");
        store.Set("b", "{ b }");
        Assert.True(store.TryGet("a", out _));

        store.Set("c", "{ c }");

        Assert.Equal(2, store.Count);
        Assert.True(store.TryGet("a", out var a));
        Assert.Equal("{ a }", a);
        Assert.False(store.TryGet("b", out _));
        Assert.True(store.TryGet("c", out _));
    }

    [Fact]
    public void Set_SameIdAgain_KeepsOneEntry()
    {
        var store = new AutomaticPersistedQueryStore(2);
        store.Set("a", "{ a }");
        store.Set("a", "{ a }");

        Assert.Equal(1, store.Count);
    }
}
