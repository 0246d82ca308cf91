using KtPortal.Benchmarks.Language;
using KtPortal.GraphQL.Types;
using static KtPortal.Benchmarks.Execution.StarWarsData;

namespace KtPortal.Benchmarks.Execution;

/// <summary>
/// The execution benchmark's schema: the SDL both engines build, with resolvers that do the same lookups
/// as the graphql-js side (list fields map ids to objects on every call; scalar fields use the default
/// resolver).
/// </summary>
internal static class StarWarsSchema
{
    public static Schema Create(StarWarsData data)
        => SchemaBuilder.New()
            .AddDocumentFromString(BenchmarkDocuments.Read("execution/schema.graphql"))
            .AddResolver("Query", "hero", context => new(data.Get(data.Heroes[context.ArgumentValue<string?>("episode") ?? "default"])))
            .AddResolver("Query", "human", context => new(data.Find(context.ArgumentValue<string>("id")) as Human))
            .AddResolver("Query", "droid", context => new(data.Find(context.ArgumentValue<string>("id")) as Droid))
            .AddResolver("Query", "characters", _ => new(data.GetAll(data.Characters)))
            .AddResolver("Query", "search", context => new(Search(data, context.ArgumentValue<string>("text"))))
            .AddResolver("Human", "friends", context => new(data.GetAll(context.Parent<Human>().Friends)))
            .AddResolver("Human", "starships", context => new(data.GetAll(context.Parent<Human>().Starships)))
            .AddResolver("Droid", "friends", context => new(data.GetAll(context.Parent<Droid>().Friends)))
            .BindRuntimeType("Human", typeof(Human))
            .BindRuntimeType("Droid", typeof(Droid))
            .BindRuntimeType("Starship", typeof(Starship))
            .Create();

    private static List<object> Search(StarWarsData data, string text)
    {
        var found = new List<object>();
        foreach (var id in data.Searchable)
        {
            var item = data.Get(id);
            if (NameOf(item).Contains(text, StringComparison.OrdinalIgnoreCase))
            {
                found.Add(item);
            }
        }

        return found;
    }
}
