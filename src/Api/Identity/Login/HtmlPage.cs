using System.Text;
using System.Text.Encodings.Web;

namespace KtPortal.Api.Identity.Login;

/// <summary>
/// The sign-in pages' shell: plain server-rendered HTML without script, never cached, never framed (clickjacking,
/// RFC 9700 §4.16), with every interpolated value HTML-encoded.
/// </summary>
internal static class HtmlPage
{
    /// <summary>HTML-encodes a value.</summary>
    public static string E(string? value) => HtmlEncoder.Default.Encode(value ?? string.Empty);

    /// <summary>A page with <paramref name="title"/> and the already-encoded <paramref name="body"/>.</summary>
    public static IResult Render(HttpContext context, string title, string body, int statusCode = StatusCodes.Status200OK)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";
        context.Response.Headers.XFrameOptions = "DENY";
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
            .Append("<title>").Append(E(title)).Append(" · KtPortal</title>")
            .Append("<style>body{font-family:system-ui,sans-serif;max-width:24rem;margin:4rem auto;padding:0 1rem}")
            .Append("label,input,button{display:block;width:100%;margin:.4rem 0}input{padding:.4rem}button{padding:.5rem}.error{color:#b00020}</style>")
            .Append("</head><body><h1>").Append(E(title)).Append("</h1>")
            .Append(body)
            .Append("</body></html>")
            .ToString();
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, statusCode);
    }

    /// <summary>The antiforgery hidden field.</summary>
    public static string Csrf(Microsoft.AspNetCore.Antiforgery.AntiforgeryTokenSet tokens) =>
        $"<input type=\"hidden\" name=\"{E(tokens.FormFieldName)}\" value=\"{E(tokens.RequestToken)}\">";

    /// <summary>An error paragraph, or nothing.</summary>
    public static string Error(string? message) => message is null ? string.Empty : $"<p class=\"error\" role=\"alert\">{E(message)}</p>";
}
