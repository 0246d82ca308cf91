using System.Text.Json;
using KtPortal.Benchmarks.Language;

namespace KtPortal.Benchmarks.Execution;

/// <summary>The execution benchmark's data, read from <c>Documents/execution/data.json</c> like the graphql-js side.</summary>
internal sealed class StarWarsData
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    private readonly Dictionary<string, object> _byId = new(StringComparer.Ordinal);

    private StarWarsData(DataFile file)
    {
        foreach (var human in file.Humans)
        {
            _byId.Add(human.Id, human);
        }

        foreach (var droid in file.Droids)
        {
            _byId.Add(droid.Id, droid);
        }

        foreach (var starship in file.Starships)
        {
            _byId.Add(starship.Id, starship);
        }

        Heroes = file.Heroes;
        Characters = [.. file.Humans.Select(human => human.Id), .. file.Droids.Select(droid => droid.Id)];
        Searchable = [.. Characters, .. file.Starships.Select(starship => starship.Id)];
    }

    public IReadOnlyDictionary<string, string> Heroes { get; }

    public IReadOnlyList<string> Characters { get; }

    public IReadOnlyList<string> Searchable { get; }

    public static StarWarsData Load()
        => new(JsonSerializer.Deserialize<DataFile>(BenchmarkDocuments.Read("execution/data.json"), Options)
            ?? throw new InvalidOperationException("execution/data.json is empty."));

    public object Get(string id) => _byId[id];

    public object? Find(string id) => _byId.GetValueOrDefault(id);

    public object[] GetAll(IReadOnlyList<string> ids)
    {
        var items = new object[ids.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = _byId[ids[i]];
        }

        return items;
    }

    public static string NameOf(object item) => item switch
    {
        Human human => human.Name,
        Droid droid => droid.Name,
        Starship starship => starship.Name,
        _ => throw new ArgumentException("Unknown item.", nameof(item)),
    };

    internal sealed record Human(
        string Id,
        string Name,
        IReadOnlyList<string> Friends,
        IReadOnlyList<string> AppearsIn,
        string? HomePlanet,
        double? Height,
        double? Mass,
        IReadOnlyList<string> Starships);

    internal sealed record Droid(string Id, string Name, IReadOnlyList<string> Friends, IReadOnlyList<string> AppearsIn, string? PrimaryFunction);

    internal sealed record Starship(string Id, string Name, double? Length);

    private sealed record DataFile(
        IReadOnlyList<Human> Humans,
        IReadOnlyList<Droid> Droids,
        IReadOnlyList<Starship> Starships,
        Dictionary<string, string> Heroes);
}
