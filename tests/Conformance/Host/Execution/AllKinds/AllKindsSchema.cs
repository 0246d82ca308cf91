using KtPortal.GraphQL.Types;

namespace KtPortal.Conformance.Host.Execution.AllKinds;

/// <summary>
/// The "all kinds" reference schema, code-first (<see cref="AllKindsQuery"/>, <see cref="AllKindsMutation"/> and the
/// types they reach) plus one SDL directive definition. Its twin is <c>lib/schemas/allkinds.mjs</c>; both print
/// the same SDL and answer the same.
/// </summary>
internal static class AllKindsSchema
{
    // Applying a custom directive to code-first members is not needed here: only its definition is visible.
    private const string Directives = """
        "Marks a field for a team; for introspection only."
        directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT
        """;

    public static Schema Create()
        => SchemaBuilder.New()
            .AddDocumentFromString(Directives)
            .AddType(new DateScalar())
            .AddQueryType<AllKindsQuery>()
            .AddMutationType<AllKindsMutation>()
            .AddType<Person>()
            .AddType<Pet>()
            .AddType<Robot>()
            .Create();
}
