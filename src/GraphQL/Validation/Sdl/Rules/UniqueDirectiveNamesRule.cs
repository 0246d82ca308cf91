using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation.Sdl.Rules;

// https://spec.graphql.org/October2021/#sec-Type-System.Directives.Validation
internal sealed class UniqueDirectiveNamesRule : SdlRule
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override string Name => "UniqueDirectiveNamesRule";

    public override void Enter(ISyntaxNode node, SdlValidationContext context)
    {
        if (node is not DirectiveDefinitionNode directive)
        {
            return;
        }

        var name = directive.Name;
        if (_known.TryGetValue(name.Value, out var existing))
        {
            context.ReportError(this, $"There can be only one directive named \"@{name.Value}\".", existing, name);
        }
        else
        {
            _known.Add(name.Value, name);
        }
    }
}
