using KtPortal.GraphQL.Execution;

namespace KtPortal.GraphQL.Types;

// The introspection types are shared by every schema, so resolvers take the schema from the context, never
// from a captured variable. Every resolver finishes synchronously and allocates nothing on the common path:
// lists are the type model's own collections, or filtered copies cached on them.
// https://spec.graphql.org/October2021/#sec-Schema-Introspection
public static partial class Introspection
{
    private static void BindResolvers()
    {
        BindMetaFieldResolvers();
        BindSchemaResolvers();
        BindTypeResolvers();
        BindFieldResolvers();
        BindInputValueResolvers();
        BindEnumValueResolvers();
        BindDirectiveResolvers();
    }

    private static void BindMetaFieldResolvers()
    {
        // https://spec.graphql.org/October2021/#sec-Type-Name-Introspection
        TypeNameField.Resolver = static context => new ValueTask<object?>(context.ObjectType.Name);
        SchemaField.Resolver = static context => new ValueTask<object?>(context.Schema);
        TypeField.Resolver = static context => new ValueTask<object?>(
            context.ArgumentValue("name") is string name && context.Schema.TryGetType(name, out var type) ? type : null);
    }

    // Each resolver is one static lambda: no closure, and no second delegate call on the way to the value.
    private static void Resolve(ObjectType type, string fieldName, FieldResolverDelegate resolver) => type.Fields[fieldName].Resolver = resolver;

    private static ValueTask<object?> Done(object? value) => new(value);

    // A nullable includeDeprecated given as null filters like false, as graphql-js's falsy check does.
    private static bool IncludeDeprecated(IResolverContext context) => context.ArgumentValue("includeDeprecated") is true;

    private static object Box(bool value) => ScalarValues.Box(value);
}
