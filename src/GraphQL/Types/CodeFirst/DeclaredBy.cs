namespace KtPortal.GraphQL.Types.CodeFirst;

/// <summary>Adds the C# member behind a generated definition to a schema error: in the message and in <c>extensions.member</c>.</summary>
internal static class DeclaredBy
{
    public const string ExtensionKey = "member";

    /// <summary>Names every distinct member involved; <c>extensions.member</c> holds the first.</summary>
    public static GraphQLError Add(GraphQLError error, IReadOnlyList<string> origins)
        => origins.Count == 1
            ? Add(error, origins[0])
            : Add(error, origins[0]) with { Message = $"{error.Message} (declared by {string.Join(" and ", origins)})" };

    public static GraphQLError Add(GraphQLError error, string origin)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (error.Extensions is { } existing)
        {
            foreach (var (key, value) in existing)
            {
                extensions[key] = value;
            }
        }

        extensions[ExtensionKey] = origin;
        return error with { Message = $"{error.Message} (declared by {origin})", Extensions = extensions };
    }
}
