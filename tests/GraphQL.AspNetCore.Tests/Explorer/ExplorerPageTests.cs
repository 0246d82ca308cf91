using KtPortal.GraphQL.AspNetCore.Explorer;

namespace KtPortal.GraphQL.AspNetCore.Tests.Explorer;

public sealed class ExplorerPageTests
{
    [Fact]
    public void Render_PutsTheBaseElementFirstInHead()
    {
        var html = ExplorerPage.Render("<html><HEAD><link href=\"a.css\"></HEAD></html>", "/graphql/explorer/");

        Assert.Equal("<html><HEAD><base href=\"/graphql/explorer/\"/><link href=\"a.css\"></HEAD></html>", html);
    }

    [Fact]
    public void Render_EncodesTheBaseUrl()
    {
        var html = ExplorerPage.Render("<head></head>", "/a\"b/explorer/");

        Assert.Equal("<head><base href=\"/a&quot;b/explorer/\"/></head>", html);
    }

    [Fact]
    public void Render_WithoutHead_StartsWithTheBaseElement()
    {
        Assert.Equal("<base href=\"/x/\"/><p>hi</p>", ExplorerPage.Render("<p>hi</p>", "/x/"));
    }
}
