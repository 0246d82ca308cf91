namespace KtPortal.GraphQL.AspNetCore.Tests.Persisted;

/// <summary>A folder of its own for one test, deleted afterwards.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ktportal-persisted-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
