using System.Runtime.CompilerServices;

namespace KtPortal.Testing;

/// <summary>
/// Files in the source tree, found from the repository root (the folder holding <c>KtPortal.sln</c>). Build
/// output may live outside the repository (<c>KT_ARTIFACTS</c>), or run from a generated project
/// (BenchmarkDotNet), so the path of this source file is the fallback.
/// </summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> RootPath = new(() => FindRoot());

    public static string Root => RootPath.Value;

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string ReadText(params string[] parts) => File.ReadAllText(PathOf(parts)).ReplaceLineEndings("\n");

    private static string FindRoot([CallerFilePath] string sourcePath = "") =>
        FindAbove(AppContext.BaseDirectory) ?? FindAbove(Environment.CurrentDirectory)
        ?? FindAbove(Path.GetDirectoryName(sourcePath) ?? ".")
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
