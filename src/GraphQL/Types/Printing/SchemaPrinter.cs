using System.Text;

namespace KtPortal.GraphQL.Types;

/// <summary>
/// Prints a <see cref="Schema"/> as SDL, character for character as graphql-js 16 <c>printSchema</c>
/// and <c>printIntrospectionSchema</c> do: a schema definition only when it carries information, then the
/// directives, then the named types in type-map order, separated by blank lines.
/// </summary>
// https://spec.graphql.org/October2021/#sec-Type-System
public static partial class SchemaPrinter
{
    private const string SectionSeparator = "\n\n";

    /// <summary>
    /// Prints every directive and named type the schema defines itself: specified directives, specified
    /// scalars and introspection types are left out.
    /// </summary>
    /// <param name="schema">The schema to print.</param>
    /// <returns>The SDL text, without a trailing line break.</returns>
    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return PrintFiltered(
            schema,
            directive => !SpecifiedDirectives.IsSpecified(directive.Name),
            type => !SpecifiedScalars.IsSpecified(type.Name) && !Introspection.IsIntrospectionType(type.Name));
    }

    /// <summary>Prints the specified directives and the introspection types of the schema.</summary>
    /// <param name="schema">The schema whose introspection types are printed.</param>
    /// <returns>The SDL text, without a trailing line break.</returns>
    public static string PrintIntrospectionSchema(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return PrintFiltered(
            schema,
            directive => SpecifiedDirectives.IsSpecified(directive.Name),
            type => Introspection.IsIntrospectionType(type.Name));
    }

    private static string PrintFiltered(
        Schema schema,
        Func<DirectiveDefinition, bool> includeDirective,
        Func<INamedType, bool> includeType)
    {
        var builder = new StringBuilder();
        AppendSchemaDefinition(builder, schema);
        foreach (var directive in schema.DirectiveList)
        {
            if (includeDirective(directive))
            {
                StartSection(builder);
                AppendDirective(builder, directive);
            }
        }

        foreach (var type in schema.TypeList)
        {
            if (includeType(type))
            {
                StartSection(builder);
                AppendType(builder, type);
            }
        }

        return builder.ToString();
    }

    private static void StartSection(StringBuilder builder)
    {
        if (builder.Length > 0)
        {
            builder.Append(SectionSeparator);
        }
    }

    // The schema definition is implied when the roots use the conventional names and nothing else needs saying.
    // https://spec.graphql.org/October2021/#sec-Root-Operation-Types.Default-Root-Operation-Type-Names
    private static void AppendSchemaDefinition(StringBuilder builder, Schema schema)
    {
        if (schema.Description is null && HasConventionalRootNames(schema))
        {
            return;
        }

        AppendDescription(builder, schema.Description, string.Empty, firstInBlock: true);
        builder.Append("schema {\n");
        var first = true;
        AppendRoot(builder, "query", schema.QueryType, ref first);
        AppendRoot(builder, "mutation", schema.MutationType, ref first);
        AppendRoot(builder, "subscription", schema.SubscriptionType, ref first);
        builder.Append("\n}");
    }

    private static void AppendRoot(StringBuilder builder, string operation, ObjectType? root, ref bool first)
    {
        if (root is null)
        {
            return;
        }

        if (!first)
        {
            builder.Append('\n');
        }

        first = false;
        builder.Append("  ").Append(operation).Append(": ").Append(root.Name);
    }

    private static bool HasConventionalRootNames(Schema schema)
        => schema.QueryType is null or { Name: "Query" }
            && schema.MutationType is null or { Name: "Mutation" }
            && schema.SubscriptionType is null or { Name: "Subscription" };
}
