using KtPortal.GraphQL.Types;

namespace KtPortal.Conformance.Host.Execution.StarWars;

/// <summary>
/// The Star Wars reference schema, code-first: <see cref="StarWarsQuery"/> and the types it reaches. Its twin
/// is <c>lib/schemas/starwars.mjs</c>; both print the same SDL and answer the same.
/// </summary>
internal static class StarWarsSchema
{
    public static Schema Create()
        => SchemaBuilder.New()
            .AddQueryType<StarWarsQuery>()
            .AddType<Human>()
            .AddType<Droid>()
            .Create();
}
