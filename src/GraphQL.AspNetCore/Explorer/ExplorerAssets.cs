using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KtPortal.GraphQL.AspNetCore.Explorer;

/// <summary>
/// Finds the installed explorer package. The package is installed at set-up time rather than shipped in the
/// repository, so it may be missing; a successful look-up is kept, a failed one is retried on the next request
/// so that installing the package does not need a restart.
/// </summary>
internal sealed class ExplorerAssets : IDisposable
{
    /// <summary>Where <c>./portal</c> installs the package, relative to the repository root.</summary>
    public const string PackageRelativePath = "clients/explorer/node_modules/@chillicream/bananacakepop-graphql-ide";

    public const string IndexFileName = "index.html";

    private readonly ExplorerOptions _options;
    private readonly string _contentRoot;
    private readonly IReadOnlyList<string> _searchRoots;
    private PhysicalFileProvider? _files;

    /// <summary>Looks in the content root, the application folder, and the folders above them.</summary>
    public ExplorerAssets(IOptions<GraphQLServerOptions> options, IHostEnvironment environment)
        : this(options.Value.Explorer, environment.ContentRootPath, [environment.ContentRootPath, AppContext.BaseDirectory])
    {
    }

    /// <summary>Looks in <paramref name="searchRoots"/> and the folders above them.</summary>
    internal ExplorerAssets(ExplorerOptions options, string contentRoot, IReadOnlyList<string> searchRoots)
    {
        _options = options;
        _contentRoot = contentRoot;
        _searchRoots = searchRoots;
    }

    /// <summary>The package's files, or <see langword="null"/> when it is not installed.</summary>
    public IFileProvider? Files
    {
        get
        {
            if (_files is not null)
            {
                return _files;
            }

            var root = Locate();
            if (root is null)
            {
                return null;
            }

            var files = new PhysicalFileProvider(root);
            if (Interlocked.CompareExchange(ref _files, files, null) is not null)
            {
                files.Dispose();
            }

            return _files;
        }
    }

    private string? Locate()
    {
        var configured = _options.AssetsPath;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var full = Path.GetFullPath(configured, _contentRoot);
            return IsPackage(full) ? full : null;
        }

        foreach (var start in _searchRoots)
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, PackageRelativePath);
                if (IsPackage(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    public void Dispose() => _files?.Dispose();

    private static bool IsPackage(string directory) => File.Exists(Path.Combine(directory, IndexFileName));
}
