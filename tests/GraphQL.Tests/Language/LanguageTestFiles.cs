using System.Runtime.CompilerServices;

namespace KtPortal.GraphQL.Tests.Language;

/// <summary>Reads test inputs and snapshots from the source tree, found from the repository root.</summary>
internal static class LanguageTestFiles
{
    private static readonly Lazy<string> Root = new(() => FindRepositoryRoot());

    public static string RepositoryRoot => Root.Value;

    public static string LanguageDirectory => Path.Combine(RepositoryRoot, "tests", "GraphQL.Tests", "Language");

    public static string Read(string relativePath) =>
        File.ReadAllText(Path.Combine(LanguageDirectory, relativePath)).ReplaceLineEndings("\n");

    // Build output may live outside the repository (KT_ARTIFACTS), so the source path is the fallback.
    private static string FindRepositoryRoot([CallerFilePath] string sourcePath = "") =>
        FindAbove(AppContext.BaseDirectory) ?? FindAbove(Path.GetDirectoryName(sourcePath) ?? ".")
        ?? throw new InvalidOperationException("KtPortal.sln not found above " + AppContext.BaseDirectory);

    private static string? FindAbove(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KtPortal.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
