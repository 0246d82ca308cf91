using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation.Sdl;

/// <summary>Builds the errors of type-system validation, so that code, rule and locations are set in one place.</summary>
internal static class SdlErrors
{
    public const string Code = "SCHEMA_INVALID";

    public static GraphQLError Create(string rule, string message, ReadOnlySpan<ISyntaxNode> nodes)
    {
        var locations = new List<ErrorLocation>(nodes.Length);
        foreach (var node in nodes)
        {
            if (node.Location is { } location)
            {
                locations.Add(new ErrorLocation(location.Line, location.Column));
            }
        }

        return new GraphQLError(message)
        {
            Locations = locations,
            Code = Code,
            Extensions = new Dictionary<string, object?>(1) { ["rule"] = rule },
        };
    }
}
