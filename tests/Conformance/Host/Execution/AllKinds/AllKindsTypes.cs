using KtPortal.GraphQL;

namespace KtPortal.Conformance.Host.Execution.AllKinds;

/// <summary>Anything with an id.</summary>
[InterfaceType("Node")]
[GraphQLDescription("Anything with an id.")]
public interface INode
{
    [GraphQLType("ID!")]
    string Id { get; }
}

/// <summary>A node with a name: an interface implementing an interface.</summary>
[InterfaceType("Named")]
[GraphQLDescription("A node with a name.")]
public interface INamed : INode
{
    string Name { get; }
}

/// <summary>Something whose age may be known.</summary>
[InterfaceType("Aged")]
[GraphQLDescription("Something whose age may be known.")]
public interface IAged
{
    int? Age { get; }
}

/// <summary>The union of every object type with an id.</summary>
[UnionType("Thing")]
[GraphQLDescription("Anything at all.")]
public interface IThing
{
}

/// <summary>Kinds of pets.</summary>
[GraphQLDescription("Kinds of pets.")]
public enum PetKind
{
    Dog,

    [GraphQLDeprecated("Cats left.")]
    Cat,

    Bird,
}

/// <summary>A person, with fields that fail on purpose for some people.</summary>
[GraphQLDescription("A person.")]
public sealed class Person(string id, string name, int? age, string? born, IReadOnlyList<string> petIds, string? bestFriendId, string? nickname)
    : INamed, IAged, IThing
{
    [GraphQLType("ID!")]
    public string Id { get; } = id;

    public string Name { get; } = name;

    public int? Age { get; } = age;

    [GraphQLType("Date")]
    public string? Born { get; } = born;

    [GraphQLDeprecated("Use name.")]
    public string? Nickname { get; } = nickname;

    public IReadOnlyList<Pet> GetPets() => petIds.Select(id => (Pet)AllKindsData.Find(id)!).ToList();

    public Person? GetBestFriend() => AllKindsData.Find(bestFriendId) as Person;

    [GraphQLType("Int!")]
    [GraphQLDescription("The age, which must be known.")]
    public int? GetMustHaveAge() => Age;

    [GraphQLDescription("Fails for some people.")]
    public string? Explode()
        => Id is "p2" or "p4" ? throw new InvalidOperationException($"explode failed for {Id}.") : $"{Name} is fine";

    [GraphQLDescription("Fails asynchronously for some people.")]
    public async Task<string?> ExplodeLaterAsync()
    {
        await Task.Yield();
        return Id == "p1" ? throw new InvalidOperationException("explodeLater failed.") : $"{Name} is fine later";
    }

    [GraphQLDescription("The name, after a pause.")]
    public async Task<string?> GetNameLaterAsync()
    {
        await Task.Yield();
        return Name;
    }
}

/// <summary>An animal that lives with a person.</summary>
[GraphQLDescription("An animal that lives with a person.")]
public sealed class Pet(string id, string name, PetKind kind, string ownerId) : INamed, IThing
{
    [GraphQLType("ID!")]
    public string Id { get; } = id;

    public string Name { get; } = name;

    public PetKind Kind { get; } = kind;

    public Person? GetOwner() => AllKindsData.Find(ownerId) as Person;
}

/// <summary>A machine.</summary>
[GraphQLDescription("A machine.")]
public sealed class Robot(string id, string model) : INode, IThing
{
    [GraphQLType("ID!")]
    public string Id { get; } = id;

    public string Model { get; } = model;
}
