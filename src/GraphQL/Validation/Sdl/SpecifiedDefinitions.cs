using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation.Sdl;

/// <summary>
/// What an SDL document may use without defining it: the specified scalars and introspection types
/// (in graphql-js's order) and the specified directives.
/// </summary>
internal static class SpecifiedDefinitions
{
    public static readonly string[] StandardTypeNames = CreateStandardTypeNames();

    public static bool IsStandardTypeName(string name)
        => SpecifiedScalars.IsSpecified(name) || Introspection.IsIntrospectionType(name);

    private static string[] CreateStandardTypeNames()
    {
        var names = new List<string>(SpecifiedScalars.All.Count + Introspection.Types.Count);
        foreach (var scalar in SpecifiedScalars.All)
        {
            names.Add(scalar.Name);
        }

        foreach (var type in Introspection.Types)
        {
            names.Add(type.Name);
        }

        return [.. names];
    }
}
