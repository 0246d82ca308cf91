using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.CostAnalysis;

/// <summary>
/// The directives of the GraphQL Cost Directives specification, <c>@cost</c> and <c>@listSize</c>, as the
/// specification defines them. A schema gets their definitions as soon as it applies either of them (by SDL,
/// <c>Directive(...)</c> or the <see cref="CostAttribute"/> and <see cref="ListSizeAttribute"/> attributes),
/// unless it defines them itself; schemas that do not use them print and introspect as before.
/// </summary>
// https://ibm.github.io/graphql-specs/cost-spec.html#sec-The-Cost-Directive
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

    /// <summary>The parsed definitions, for a schema document that applies them without defining them.</summary>
    internal static IEnumerable<DirectiveDefinitionNode> DefinitionsMissingFrom(IReadOnlyList<IDefinitionNode> definitions)
    {
        var defined = new HashSet<string>(StringComparer.Ordinal);
        var used = false;
        foreach (var definition in definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                defined.Add(directive.Name.Value);
            }
            else if (!used && Uses(definition))
            {
                used = true;
            }
        }

        if (!used)
        {
            yield break;
        }

        foreach (var definition in Definitions.Value.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive && !defined.Contains(directive.Name.Value))
            {
                yield return directive;
            }
        }
    }

    private static bool Uses(IDefinitionNode definition)
    {
        if (definition is IHasDirectives type && Applies(type.Directives))
        {
            return true;
        }

        return definition switch
        {
            ObjectTypeDefinitionNode node => Uses(node.Fields),
            ObjectTypeExtensionNode node => Uses(node.Fields),
            InterfaceTypeDefinitionNode node => Uses(node.Fields),
            InterfaceTypeExtensionNode node => Uses(node.Fields),
            InputObjectTypeDefinitionNode node => Uses(node.Fields),
            InputObjectTypeExtensionNode node => Uses(node.Fields),
            _ => false,
        };
    }

    private static bool Uses(IReadOnlyList<FieldDefinitionNode> fields)
    {
        foreach (var field in fields)
        {
            if (Applies(field.Directives) || Uses(field.Arguments))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Uses(IReadOnlyList<InputValueDefinitionNode> values)
    {
        foreach (var value in values)
        {
            if (Applies(value.Directives))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Applies(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (IsCostDirective(directive.Name.Value))
            {
                return true;
            }
        }

        return false;
    }
}
