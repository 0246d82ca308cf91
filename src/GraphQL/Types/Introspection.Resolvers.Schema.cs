namespace KtPortal.GraphQL.Types;

public static partial class Introspection
{
    // https://spec.graphql.org/October2021/#sec-The-__Schema-Type
    private static void BindSchemaResolvers()
    {
        Resolve(SchemaType, "description", static c => Done(((Schema)c.Parent()!).Description));
        Resolve(SchemaType, "types", static c => Done(((Schema)c.Parent()!).TypeList));
        Resolve(SchemaType, "queryType", static c => Done(((Schema)c.Parent()!).QueryType));
        Resolve(SchemaType, "mutationType", static c => Done(((Schema)c.Parent()!).MutationType));
        Resolve(SchemaType, "subscriptionType", static c => Done(((Schema)c.Parent()!).SubscriptionType));
        Resolve(SchemaType, "directives", static c => Done(ActiveDirectives(((Schema)c.Parent()!).DirectiveList, IncludeDeprecated(c))));
    }

    // https://spec.graphql.org/October2021/#sec-The-__Directive-Type
    private static void BindDirectiveResolvers()
    {
        Resolve(DirectiveType, "name", static c => Done(((DirectiveDefinition)c.Parent()!).Name));
        Resolve(DirectiveType, "description", static c => Done(((DirectiveDefinition)c.Parent()!).Description));
        Resolve(DirectiveType, "isRepeatable", static c => Done(Box(((DirectiveDefinition)c.Parent()!).IsRepeatable)));
        Resolve(DirectiveType, "locations", static c => Done(LocationValues((DirectiveDefinition)c.Parent()!)));
        Resolve(DirectiveType, "args", static c => Done(Active(((DirectiveDefinition)c.Parent()!).Arguments, IncludeDeprecated(c))));
        Resolve(DirectiveType, "isDeprecated", static c => Done(Box(((DirectiveDefinition)c.Parent()!).IsDeprecated)));
        Resolve(DirectiveType, "deprecationReason", static c => Done(((DirectiveDefinition)c.Parent()!).DeprecationReason));
    }
}
