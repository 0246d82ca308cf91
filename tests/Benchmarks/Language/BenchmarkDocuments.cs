namespace KtPortal.Benchmarks.Language;

/// <summary>The benchmark documents under <c>tests/Benchmarks/Documents</c>.</summary>
internal static class BenchmarkDocuments
{
    public static string Read(string fileName) => File.ReadAllText(RepositoryFiles.PathOf("tests", "Benchmarks", "Documents", fileName));
}
