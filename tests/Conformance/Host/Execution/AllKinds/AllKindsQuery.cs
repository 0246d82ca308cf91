using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;

namespace KtPortal.Conformance.Host.Execution.AllKinds;

// Resolver for resolver as in lib/schemas/allkinds.mjs.
/// <summary>The query root: every type kind, list and non-null shape, and error path.</summary>
public sealed class AllKindsQuery
{
    public INode? GetNode([GraphQLType("ID!")] string id) => AllKindsData.Find(id);

    public INamed? GetNamed([GraphQLType("ID!")] string id) => AllKindsData.Find(id) as INamed;

    public IThing? GetThing([GraphQLType("ID!")] string id) => AllKindsData.Find(id) as IThing;

    public IReadOnlyList<IThing> GetThings() => AllKindsData.Things.Cast<IThing>().ToList();

    public IReadOnlyList<IThing?>? GetNullableThings() => [AllKindsData.Find("p1") as IThing, null, AllKindsData.Find("r1") as IThing];

    public IReadOnlyList<Person> GetPeople(FilterInput? filter) => AllKindsData.People.Where(person => Matches(person, filter)).ToList();

    public IReadOnlyList<Person?>? GetPeopleNullable(FilterInput? filter) => AllKindsData.People.Where(person => Matches(person, filter)).ToList();

    public IThing? Lookup(LookupInput by)
        => (by.Id is not null ? AllKindsData.Find(by.Id)
            : by.Name is not null ? AllKindsData.Things.FirstOrDefault(thing => AllKindsData.NameOf(thing) == by.Name)
            : AllKindsData.Things.FirstOrDefault(thing => AllKindsData.BornOf(thing) == by.Born)) as IThing;

    public IReadOnlyList<IThing?> LookupMany(IReadOnlyList<LookupInput> by) => by.Select(Lookup).ToList();

    public FilterEcho? EchoFilter(FilterInput? filter) => filter is null ? null : new FilterEcho(filter);

    public RangeEcho? EchoRange(RangeInput? range) => range is null ? null : new RangeEcho(range);

    public IReadOnlyList<PetKind>? EchoKinds(IReadOnlyList<PetKind>? kinds = null) => kinds;

    [GraphQLType("Date")]
    public string? EchoDate([GraphQLType("Date")] string? date = "2000-01-01") => date;

    [GraphQLType("[ID!]!")]
    public IReadOnlyList<string> EchoIds([GraphQLType("[ID!]!")] IReadOnlyList<string> ids) => ids;

    public double? EchoFloat(double? value) => value;

    public bool? EchoBoolean(bool? value = true) => value;

    public string? Greeting(string? name = "world", int? times = 1, [GraphQLDeprecated("Always Hello.")] string? salutation = null)
        => name is null ? null : string.Join(' ', Enumerable.Repeat($"Hello, {name}!", Math.Max(times ?? 1, 0)));

    public Lists? GetLists(IReadOnlyList<int?>? flat, IReadOnlyList<IReadOnlyList<int?>?>? nested) => new(flat, nested);

    public Lists GetListsNonNull(IReadOnlyList<int?>? flat, IReadOnlyList<IReadOnlyList<int?>?>? nested) => new(flat, nested);

    public async Task<int?> AsyncValue(int? value = 42)
    {
        await Task.Yield();
        return value;
    }

    public string? FailSync() => throw new InvalidOperationException("failSync failed.");

    [GraphQLName("failAsync")]
    public async Task<string?> FailAsync()
    {
        await Task.Yield();
        throw new InvalidOperationException("failAsync failed.");
    }

    public string? FailWithMessage() => throw new GraphQLException("This message reaches the caller.");

    [GraphQLType("Int!")]
    public int? NonNullNull() => null;

    public string NonNullFail() => throw new InvalidOperationException("nonNullFail failed.");

    [GraphQLType("Date")]
    public string? BadDate() => "not a date";

    [GraphQLType("Int")]
    public long? BadInt() => 2147483648L;

    public double? BadFloat() => double.NaN;

    // As the reference resolver: a missing age counts as -1, a null bound as 0 (JavaScript comparisons).
    private static bool Matches(Person person, FilterInput? filter)
    {
        if (filter is null)
        {
            return true;
        }

        if (filter.Name is { } part && !person.Name.Contains(part, StringComparison.Ordinal))
        {
            return false;
        }

        if (filter.Range is { } range)
        {
            var age = person.Age ?? -1;
            if (age < (range.From ?? 0) || age > range.To)
            {
                return false;
            }
        }

        return Matches(person, filter.Nested);
    }
}
