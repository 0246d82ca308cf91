using System.Globalization;
using System.Reflection;

namespace KtPortal.Domain.Persistence.Migrations;

/// <summary>The migrations compiled into this assembly from <c>src/Domain/Migrations/*.sql</c>.</summary>
public static class EmbeddedMigrations
{
    private const string Prefix = "KtPortal.Domain.Migrations.";

    /// <summary>Loads every embedded migration, ordered by version.</summary>
    /// <exception cref="InvalidOperationException">A file name has no version, or two share one.</exception>
    public static IReadOnlyList<Migration> Load()
    {
        var assembly = typeof(EmbeddedMigrations).Assembly;
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource[Prefix.Length..^".sql".Length];
            migrations.Add(new Migration(ParseVersion(name), name, Read(assembly, resource)));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 1; i < migrations.Count; i++)
        {
            if (migrations[i].Version == migrations[i - 1].Version)
            {
                throw new InvalidOperationException(
                    $"Migrations '{migrations[i - 1].Name}' and '{migrations[i].Name}' share version {migrations[i].Version}.");
            }
        }

        return migrations;
    }

    private static int ParseVersion(string name)
    {
        var digits = name.IndexOf('_', StringComparison.Ordinal);
        if (digits <= 0 || !int.TryParse(name.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException(
                $"Migration '{name}' must be named NNNN_description.sql, with a version number first.");
        }

        return version;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded migration '{resource}' cannot be read.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
