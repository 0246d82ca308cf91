using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation.Rules;

/// <summary>Fragment names must be unique.</summary>
// https://spec.graphql.org/October2021/#sec-Fragment-Name-Uniqueness
public sealed class UniqueFragmentNamesRule : ValidationRule
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public override string Name => "UniqueFragmentNamesRule";

    /// <inheritdoc/>
    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node)
    {
        var name = node.Name;
        if (_known.TryGetValue(name.Value, out var first))
        {
            context.ReportError($"There can be only one fragment named \"{name.Value}\".", first, name);
        }
        else
        {
            _known.Add(name.Value, name);
        }
    }
}
