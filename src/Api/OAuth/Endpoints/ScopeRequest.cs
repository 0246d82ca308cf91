namespace KtPortal.Api.OAuth.Endpoints;

/// <summary>
/// Parses and narrows a requested <c>scope</c> (RFC 6749 §3.3): space-separated tokens of printable ASCII
/// without <c>"</c> or <c>\</c>. No scope asks for everything the client is allowed.
/// https://www.rfc-editor.org/rfc/rfc6749#section-3.3
/// </summary>
internal static class ScopeRequest
{
    /// <summary>The granted scopes, or null when the request is malformed or asks for more than allowed.</summary>
    public static IReadOnlyList<string>? Narrow(string? requested, IReadOnlyList<string> allowed)
    {
        if (requested is null)
        {
            return allowed;
        }

        var scopes = requested.Split(' ');
        if (scopes.Any(scope => scope.Length == 0 || !scope.All(IsScopeChar)))
        {
            return null;
        }

        var distinct = scopes.Distinct(StringComparer.Ordinal).ToArray();
        return distinct.All(scope => allowed.Contains(scope, StringComparer.Ordinal)) ? distinct : null;
    }

    // scope-token = 1*( %x21 / %x23-5B / %x5D-7E )
    private static bool IsScopeChar(char c) => c == '\x21' || (c >= '\x23' && c <= '\x5B') || (c >= '\x5D' && c <= '\x7E');
}
