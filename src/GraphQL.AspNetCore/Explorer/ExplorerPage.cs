using System.Net;

namespace KtPortal.GraphQL.AspNetCore.Explorer;

/// <summary>
/// The explorer's index page as the API serves it at the endpoint path. The package's page loads its scripts
/// and styles by relative URLs; a <c>base</c> element points them at the asset route below the endpoint.
/// </summary>
internal static class ExplorerPage
{
    /// <summary>Returns <paramref name="indexHtml"/> with a <c>base</c> element for <paramref name="assetsBaseUrl"/>.</summary>
    // https://html.spec.whatwg.org/multipage/semantics.html#the-base-element: the base element must come before
    // any element that uses a URL, so it goes first in head.
    public static string Render(string indexHtml, string assetsBaseUrl)
    {
        var baseElement = $"<base href=\"{WebUtility.HtmlEncode(assetsBaseUrl)}\"/>";
        var head = indexHtml.IndexOf("<head>", StringComparison.OrdinalIgnoreCase);
        return head < 0
            ? baseElement + indexHtml
            : indexHtml.Insert(head + "<head>".Length, baseElement);
    }
}
