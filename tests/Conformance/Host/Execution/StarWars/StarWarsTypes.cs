using KtPortal.GraphQL;

namespace KtPortal.Conformance.Host.Execution.StarWars;

/// <summary>A film of the original trilogy.</summary>
[GraphQLDescription("A film of the original trilogy.")]
public enum Episode
{
    [GraphQLName("NEWHOPE")]
    [GraphQLDescription("Released in 1977.")]
    NewHope,

    [GraphQLDescription("Released in 1980.")]
    Empire,

    [GraphQLDescription("Released in 1983.")]
    Jedi,
}

/// <summary>Someone who appears in the films.</summary>
[InterfaceType("Character")]
[GraphQLDescription("Someone who appears in the films.")]
public interface ICharacter
{
    [GraphQLType("ID!")]
    [GraphQLDescription("The character's id.")]
    string Id { get; }

    [GraphQLDescription("The character's name.")]
    string? Name { get; }

    [GraphQLDescription("The friends of the character, or an empty list when they have none.")]
    IReadOnlyList<ICharacter?>? GetFriends();

    [GraphQLDescription("The films the character appears in.")]
    IReadOnlyList<Episode?>? AppearsIn { get; }

    [GraphQLDescription("Where the character comes from; always an error.")]
    string? GetSecretBackstory();
}

/// <summary>A human being.</summary>
[GraphQLDescription("A human being.")]
public sealed class Human(string id, string? name, IReadOnlyList<string>? friendIds, IReadOnlyList<Episode?> appearsIn, string? homePlanet, double? mass)
    : ICharacter
{
    [GraphQLType("ID!")]
    public string Id { get; } = id;

    public string? Name { get; } = name;

    public IReadOnlyList<ICharacter?>? GetFriends() => StarWarsData.FriendsOf(friendIds);

    public IReadOnlyList<Episode?>? AppearsIn { get; } = appearsIn;

    public string? GetSecretBackstory() => throw new InvalidOperationException("secretBackstory is secret.");

    [GraphQLDescription("The planet the human comes from, when known.")]
    public string? HomePlanet { get; } = homePlanet;

    [GraphQLDescription("Mass in kilograms.")]
    public double? Mass { get; } = mass;
}

/// <summary>A mechanical being.</summary>
[GraphQLDescription("A mechanical being.")]
public sealed class Droid(string id, string? name, IReadOnlyList<string>? friendIds, IReadOnlyList<Episode?> appearsIn, string? primaryFunction)
    : ICharacter
{
    [GraphQLType("ID!")]
    public string Id { get; } = id;

    public string? Name { get; } = name;

    public IReadOnlyList<ICharacter?>? GetFriends() => StarWarsData.FriendsOf(friendIds);

    public IReadOnlyList<Episode?>? AppearsIn { get; } = appearsIn;

    public string? GetSecretBackstory() => throw new InvalidOperationException("secretBackstory is secret.");

    [GraphQLDescription("What the droid was built for.")]
    public string? PrimaryFunction { get; } = primaryFunction;
}

/// <summary>The root fields.</summary>
public sealed class StarWarsQuery
{
    [GraphQLDescription("The hero of a film, or of the whole saga when no episode is given.")]
    public ICharacter? GetHero(Episode? episode) => StarWarsData.Hero(episode);

    [GraphQLDescription("A human by id.")]
    public Human? GetHuman([GraphQLType("ID!")] string id) => StarWarsData.Find(id) as Human;

    [GraphQLDescription("A droid by id.")]
    public Droid? GetDroid([GraphQLType("ID!")] string id) => StarWarsData.Find(id) as Droid;

    [GraphQLDescription("Every character, humans first.")]
    public IReadOnlyList<ICharacter> GetCharacters() => StarWarsData.Characters;
}
