using System.Text.Json;

namespace KtPortal.GraphQL.AspNetCore.Persisted;

/// <summary>The <c>extensions.persistedQuery</c> entry of an automatic persisted query request.</summary>
// https://github.com/apollographql/apollo-link-persisted-queries#protocol
internal readonly record struct AutomaticPersistedQuery(string Sha256Hash, bool IsValid)
{
    private const string ExtensionName = "persistedQuery";

    /// <summary>
    /// Whether the request carries <c>extensions.persistedQuery</c>; <see cref="IsValid"/> tells whether it is
    /// <c>{ version: 1, sha256Hash: "&lt;64 hex digits&gt;" }</c>. The hash comes back in lower case.
    /// </summary>
    public static bool TryRead(IReadOnlyDictionary<string, JsonElement>? extensions, out AutomaticPersistedQuery persistedQuery)
    {
        persistedQuery = default;
        if (extensions is null || !extensions.TryGetValue(ExtensionName, out var entry) || entry.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        persistedQuery = new AutomaticPersistedQuery(string.Empty, IsValid: false);
        if (entry.ValueKind != JsonValueKind.Object
            || !entry.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number
            || !version.TryGetInt32(out var number) || number != 1
            || !entry.TryGetProperty("sha256Hash", out var hash) || hash.ValueKind != JsonValueKind.String
            || hash.GetString() is not { } hex || !DocumentIds.IsHash(hex))
        {
            return true;
        }

        persistedQuery = new AutomaticPersistedQuery(hex.ToLowerInvariant(), IsValid: true);
        return true;
    }
}
