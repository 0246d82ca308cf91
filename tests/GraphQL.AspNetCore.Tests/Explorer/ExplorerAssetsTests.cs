using KtPortal.GraphQL.AspNetCore.Explorer;

namespace KtPortal.GraphQL.AspNetCore.Tests.Explorer;

public sealed class ExplorerAssetsTests : IDisposable
{
    private readonly string _repository = Path.Combine(Path.GetTempPath(), "ktportal-repo-" + Guid.NewGuid().ToString("N"));

    public ExplorerAssetsTests() => Directory.CreateDirectory(_repository);

    public void Dispose() => Directory.Delete(_repository, recursive: true);

    [Fact]
    public void Files_WithoutAssetsPath_FindsThePackageAboveTheContentRoot()
    {
        InstallPackage();
        var contentRoot = Directory.CreateDirectory(Path.Combine(_repository, "src", "Api", "bin", "Release")).FullName;
        using var assets = Create(contentRoot, assetsPath: null);

        Assert.True(assets.Files?.GetFileInfo("index.html").Exists);
    }

    [Fact]
    public void Files_PackageNotInstalled_IsNull_UntilItIsInstalled()
    {
        using var assets = Create(_repository, assetsPath: null);
        Assert.Null(assets.Files);

        InstallPackage();

        Assert.NotNull(assets.Files);
    }

    [Fact]
    public void Files_RelativeAssetsPath_IsResolvedFromTheContentRoot()
    {
        InstallPackage();
        using var assets = Create(_repository, ExplorerAssets.PackageRelativePath);

        Assert.True(assets.Files?.GetFileInfo("index.html").Exists);
    }

    [Fact]
    public void Files_AssetsPathWithoutIndex_IsNull()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_repository, "empty")).FullName;
        using var assets = Create(_repository, empty);

        Assert.Null(assets.Files);
    }

    private void InstallPackage()
    {
        var package = Directory.CreateDirectory(Path.Combine(_repository, ExplorerAssets.PackageRelativePath)).FullName;
        File.WriteAllText(Path.Combine(package, ExplorerAssets.IndexFileName), "<html></html>");
    }

    private static ExplorerAssets Create(string contentRoot, string? assetsPath)
    {
        // Only the content root: the test's own folder may sit in a repository that has the package installed.
        return new ExplorerAssets(new ExplorerOptions { AssetsPath = assetsPath }, contentRoot, [contentRoot]);
    }
}
