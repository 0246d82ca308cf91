namespace KtPortal.Conformance.Host.Execution.AllKinds;

/// <summary>The data set, the same as in <c>lib/schemas/allkinds.mjs</c>.</summary>
internal static class AllKindsData
{
    public static readonly IReadOnlyList<Person> People =
    [
        new("p1", "Ada", 36, "1815-12-10", ["a1", "a2"], "p2", "Countess"),
        new("p2", "Grace", 85, "1906-12-09", [], "p1", null),
        new("p3", "Alan", null, null, ["a3"], null, "Prof"),
        new("p4", "Edsger", 72, "1930-05-11", [], "p9", null),
    ];

    public static readonly IReadOnlyList<Pet> Pets =
    [
        new("a1", "Rex", PetKind.Dog, "p1"),
        new("a2", "Tom", PetKind.Cat, "p1"),
        new("a3", "Tweety", PetKind.Bird, "p3"),
    ];

    public static readonly IReadOnlyList<Robot> Robots = [new("r1", "R-1")];

    public static readonly IReadOnlyList<INode> Things = [.. People, .. Pets, .. Robots];

    public static INode? Find(string? id) => Things.FirstOrDefault(thing => thing.Id == id);

    public static string? NameOf(INode thing) => (thing as INamed)?.Name;

    public static string? BornOf(INode thing) => (thing as Person)?.Born;
}
