using System.Runtime.CompilerServices;

namespace KtPortal.Benchmarks.Language;

/// <summary>The benchmark documents under <c>tests/Benchmarks/Documents</c>, found from the repository root.</summary>
internal static class BenchmarkDocuments
{
    public static string Read(string fileName) => File.ReadAllText(Path.Combine(FindDocuments(), fileName));

    // Benchmarks run from generated projects outside the repository, so the source path is the fallback.
    private static string FindDocuments([CallerFilePath] string sourcePath = "")
    {
        foreach (string start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory, Path.GetDirectoryName(sourcePath) ?? "." })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "KtPortal.sln")))
                {
                    return Path.Combine(directory.FullName, "tests", "Benchmarks", "Documents");
                }
            }
        }

        throw new InvalidOperationException("KtPortal.sln not found above " + AppContext.BaseDirectory);
    }
}
