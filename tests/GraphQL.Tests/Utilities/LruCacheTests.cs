using KtPortal.GraphQL.Utilities;

namespace KtPortal.GraphQL.Tests.Utilities;

public sealed class LruCacheTests
{
    [Fact]
    public void Set_PastCapacity_DropsTheEntryUsedLeastRecently()
    {
        var cache = new LruCache<string, int>(2);
        cache.Set("a", 1);
        cache.Set("b", 2);
        Assert.True(cache.TryGet("a", out _));

        cache.Set("c", 3);

        Assert.Equal(2, cache.Count);
        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("a", out var a) && a == 1);
        Assert.True(cache.TryGet("c", out var c) && c == 3);
    }

    [Fact]
    public void Set_AnExistingKey_ReplacesItsValueWithoutGrowing()
    {
        var cache = new LruCache<string, int>(2);
        cache.Set("a", 1);
        cache.Set("a", 2);

        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGet("a", out var value) && value == 2);
    }

    [Fact]
    public void Constructor_WithoutCapacity_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new LruCache<string, int>(0));
}
