using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Data.Tests.Filtering;

/// <summary>Picks type definitions out of a printed schema.</summary>
public static class SchemaText
{
    /// <summary>The printed definitions of <paramref name="names"/>, in that order, separated by blank lines.</summary>
    public static string Types(Schema schema, params string[] names)
    {
        var blocks = SchemaPrinter.Print(schema).Split("\n\n");
        return string.Join("\n\n", names.Select(name =>
            blocks.SingleOrDefault(b => b.Split('\n').Any(line => line.StartsWith($"input {name} {{", StringComparison.Ordinal)
                || line.StartsWith($"enum {name} {{", StringComparison.Ordinal) || line.StartsWith($"type {name} {{", StringComparison.Ordinal)))
            ?? $"(no type {name})"));
    }
}
