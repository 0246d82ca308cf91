namespace KtPortal.Api.GraphQL;

/// <summary>
/// <c>KtPortal.Api schema export [--output FILE]</c>: prints the schema without starting the host or
/// touching a database. <c>./portal schema export</c> writes <c>schema/schema.graphql</c> with it.
/// </summary>
internal static class SchemaExport
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args is not ["export", ..] || args.Length is not (1 or 3) || (args.Length == 3 && args[1] != "--output"))
        {
            await Console.Error.WriteLineAsync("usage: KtPortal.Api schema export [--output FILE]");
            return 2;
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPortalGraphQL(includeExceptionDetails: false);
        await using var provider = services.BuildServiceProvider();
        var sdl = PortalGraphQL.PrintSchema(provider);
        if (args.Length == 1)
        {
            await Console.Out.WriteAsync(sdl);
            return 0;
        }

        var path = Path.GetFullPath(args[2]);
        var unchanged = File.Exists(path) && await File.ReadAllTextAsync(path) == sdl;
        try
        {
            if (!unchanged)
            {
                await File.WriteAllTextAsync(path, sdl);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"ktportal: cannot write {path}: {exception.Message}");
            return 2;
        }

        await Console.Error.WriteLineAsync($"ktportal: {(unchanged ? "unchanged" : "wrote")} {path}");
        return 0;
    }
}
