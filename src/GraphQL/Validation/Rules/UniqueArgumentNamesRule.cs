using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation.Rules;

/// <summary>A field or directive must not be given the same argument twice.</summary>
// https://spec.graphql.org/October2021/#sec-Argument-Uniqueness
public sealed class UniqueArgumentNamesRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "UniqueArgumentNamesRule";

    /// <inheritdoc/>
    public override void EnterField(ValidationContext context, FieldNode node) => Check(context, node.Arguments);

    /// <inheritdoc/>
    public override void EnterDirective(ValidationContext context, DirectiveNode node) => Check(context, node.Arguments);

    private static void Check(ValidationContext context, IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count < 2)
        {
            return;
        }

        var groups = new Dictionary<string, List<ISyntaxNode>>(arguments.Count, StringComparer.Ordinal);
        var order = new List<string>(arguments.Count);
        foreach (var argument in arguments)
        {
            var name = argument.Name.Value;
            if (!groups.TryGetValue(name, out var group))
            {
                group = [];
                groups.Add(name, group);
                order.Add(name);
            }

            group.Add(argument.Name);
        }

        foreach (var name in order)
        {
            var group = groups[name];
            if (group.Count > 1)
            {
                context.ReportError($"There can be only one argument named \"{name}\".", group);
            }
        }
    }
}
