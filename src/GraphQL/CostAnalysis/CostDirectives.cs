using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.CostAnalysis;

/// <summary>
/// The directives of the GraphQL Cost Directives specification, <c>@cost</c> and <c>@listSize</c>, as the
/// specification defines them. A schema gets the definition of either as soon as it applies it (by SDL,
/// <c>Directive(...)</c> or the <see cref="CostAttribute"/> and <see cref="ListSizeAttribute"/> attributes),
/// unless it defines them itself; schemas that do not use them print and introspect as before.
/// </summary>
// https://ibm.github.io/graphql-specs/cost-spec.html
public static class CostDirectives
{
    /// <summary>The name of <c>@cost</c>.</summary>
    public const string Cost = "cost";

    /// <summary>The name of <c>@listSize</c>.</summary>
    public const string ListSize = "listSize";

    /// <summary>The SDL of both definitions, exactly as the specification gives them.</summary>
    public const string Sdl = """
        directive @cost(weight: String!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR

        directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
        """;

    private static readonly Lazy<DocumentNode> Definitions = new(() => Utf8GraphQLParser.Parse(Sdl));

    /// <summary>Whether <paramref name="name"/> is <c>cost</c> or <c>listSize</c>.</summary>
    public static bool IsCostDirective(string name) => name is Cost or ListSize;

    /// <summary>The parsed definitions of the directives a schema document applies without defining them.</summary>
    internal static IEnumerable<DirectiveDefinitionNode> DefinitionsMissingFrom(IReadOnlyList<IDefinitionNode> definitions)
    {
        var defined = new HashSet<string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                defined.Add(directive.Name.Value);
            }
            else if (used.Count < 2)
            {
                CollectUses(definition, used);
            }
        }

        foreach (var definition in Definitions.Value.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive && used.Contains(directive.Name.Value) && !defined.Contains(directive.Name.Value))
            {
                yield return directive;
            }
        }
    }

    private static void CollectUses(IDefinitionNode definition, HashSet<string> used)
    {
        if (definition is IHasDirectives type)
        {
            Collect(type.Directives, used);
        }

        var fields = definition switch
        {
            ObjectTypeDefinitionNode node => node.Fields,
            ObjectTypeExtensionNode node => node.Fields,
            InterfaceTypeDefinitionNode node => node.Fields,
            InterfaceTypeExtensionNode node => node.Fields,
            _ => [],
        };
        foreach (var field in fields)
        {
            Collect(field.Directives, used);
            Collect(field.Arguments, used);
        }

        switch (definition)
        {
            case InputObjectTypeDefinitionNode node:
                Collect(node.Fields, used);
                break;
            case InputObjectTypeExtensionNode node:
                Collect(node.Fields, used);
                break;
        }
    }

    private static void Collect(IReadOnlyList<InputValueDefinitionNode> values, HashSet<string> used)
    {
        foreach (var value in values)
        {
            Collect(value.Directives, used);
        }
    }

    private static void Collect(IReadOnlyList<DirectiveNode> directives, HashSet<string> used)
    {
        foreach (var directive in directives)
        {
            if (IsCostDirective(directive.Name.Value))
            {
                used.Add(directive.Name.Value);
            }
        }
    }
}
