using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation;

public static partial class SchemaValidator
{
    // https://spec.graphql.org/October2021/#sec-Unions.Type-Validation
    private static void ValidateUnionMembers(SchemaValidationContext context, UnionType union)
    {
        var members = DeclaredTypes.MembersOf(context.Schema, union);
        if (members.Count == 0)
        {
            context.ReportError(
                $"Union type {union.Name} must define one or more member types.",
                DeclaredTypes.DefinitionAndExtensions(union));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            if (!seen.Add(member.Name))
            {
                context.ReportError(
                    $"Union type {union.Name} can only include type {member.Name} once.",
                    MemberNodes(union, member.Name));
                continue;
            }

            if (member is not ObjectType)
            {
                context.ReportError(
                    $"Union type {union.Name} can only include Object types, it cannot include {member.Name}.",
                    MemberNodes(union, member.Name));
            }
        }
    }

    private static List<ISyntaxNode?> MemberNodes(UnionType union, string typeName)
    {
        var nodes = new List<ISyntaxNode?>();
        foreach (var node in DeclaredTypes.MemberNodes(union))
        {
            if (node.Name.Value == typeName)
            {
                nodes.Add(node);
            }
        }

        return nodes;
    }
}
