using KtPortal.Testing;

namespace KtPortal.GraphQL.Tests.Language;

/// <summary>Reads test inputs and snapshots from the source tree.</summary>
internal static class LanguageTestFiles
{
    public static string RepositoryRoot => RepositoryFiles.Root;

    public static string LanguageDirectory => RepositoryFiles.PathOf("tests", "GraphQL.Tests", "Language");

    public static string Read(string relativePath) =>
        File.ReadAllText(Path.Combine(LanguageDirectory, relativePath)).ReplaceLineEndings("\n");
}
