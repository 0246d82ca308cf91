using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation.Sdl.Rules;

// https://spec.graphql.org/October2021/#sec-Schema
internal sealed class UniqueTypeNamesRule : SdlRule
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override string Name => "UniqueTypeNamesRule";

    public override void Enter(ISyntaxNode node, SdlValidationContext context)
    {
        if (node is not ITypeDefinitionNode definition)
        {
            return;
        }

        var name = definition.Name;
        if (_known.TryGetValue(name.Value, out var existing))
        {
            context.ReportError(this, $"There can be only one type named \"{name.Value}\".", existing, name);
        }
        else
        {
            _known.Add(name.Value, name);
        }
    }
}
