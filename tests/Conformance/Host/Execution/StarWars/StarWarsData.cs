namespace KtPortal.Conformance.Host.Execution.StarWars;

/// <summary>The data set, the same as in <c>lib/schemas/starwars.mjs</c>.</summary>
internal static class StarWarsData
{
    private static readonly Episode?[] AllFilms = [Episode.NewHope, Episode.Empire, Episode.Jedi];

    public static readonly IReadOnlyList<ICharacter> Characters =
    [
        new Human("h-luke", "Luke Skywalker", ["h-han", "h-leia", "d-r2", "d-3po"], AllFilms, "Tatooine", 77),
        new Human("h-vader", "Darth Vader", ["h-tarkin"], AllFilms, "Tatooine", 136.5),
        new Human("h-han", "Han Solo", ["h-luke", "h-leia", "d-r2", "h-ghost"], AllFilms, null, 80),
        new Human("h-leia", "Leia Organa", ["h-luke", "h-han", "d-3po", "d-r2"], AllFilms, "Alderaan", 49),
        new Human("h-tarkin", "Wilhuff Tarkin", ["h-vader"], [Episode.NewHope], "Eriadu", null),
        new Human("h-wedge", null, [], [Episode.NewHope, null, Episode.Jedi], "Corellia", 72.25),
        new Droid("d-3po", "C-3PO", ["h-luke", "h-han", "h-leia", "d-r2"], AllFilms, "Protocol"),
        new Droid("d-r2", "R2-D2", ["h-luke", "h-han", "h-leia"], AllFilms, "Astromech"),
        new Droid("d-ig", "IG-88", null, [Episode.Empire], null),
    ];

    public static ICharacter? Find(string? id) => Characters.FirstOrDefault(character => character.Id == id);

    public static ICharacter Hero(Episode? episode) => Find(episode == Episode.Empire ? "h-luke" : "d-r2")!;

    public static IReadOnlyList<ICharacter?>? FriendsOf(IReadOnlyList<string>? friendIds) => friendIds?.Select(Find).ToList();
}
