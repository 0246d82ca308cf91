namespace KtPortal.GraphQL.Types;

/// <summary>Converts <see cref="DirectiveLocation"/> to and from its spec name (e.g. <c>FIELD_DEFINITION</c>).</summary>
public static class DirectiveLocationNames
{
    private static readonly string[] Names =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD",
        "INLINE_FRAGMENT", "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION",
        "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT",
        "INPUT_FIELD_DEFINITION", "DIRECTIVE_DEFINITION",
    ];

    private static readonly Dictionary<string, DirectiveLocation> ByName = CreateLookup();

    /// <summary>The spec name of <paramref name="location"/>.</summary>
    public static string ToSpecName(this DirectiveLocation location) => Names[(int)location];

    /// <summary>Parses a spec name such as <c>FIELD</c>.</summary>
    public static bool TryParse(string name, out DirectiveLocation location) => ByName.TryGetValue(name, out location);

    private static Dictionary<string, DirectiveLocation> CreateLookup()
    {
        var lookup = new Dictionary<string, DirectiveLocation>(Names.Length, StringComparer.Ordinal);
        for (var i = 0; i < Names.Length; i++)
        {
            lookup[Names[i]] = (DirectiveLocation)i;
        }

        return lookup;
    }
}
