using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation.Sdl.Rules;

// https://spec.graphql.org/October2021/#sec-Argument-Names
internal sealed class KnownArgumentNamesOnDirectivesRule : SdlRule
{
    private readonly Dictionary<string, List<string>> _arguments = new(StringComparer.Ordinal);

    public KnownArgumentNamesOnDirectivesRule(DocumentNode document)
    {
        foreach (var directive in SpecifiedDirectives.All)
        {
            var names = new List<string>(directive.Arguments.Count);
            foreach (var argument in directive.Arguments)
            {
                names.Add(argument.Name);
            }

            _arguments[directive.Name] = names;
        }

        foreach (var definition in document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                var names = new List<string>(directive.Arguments.Count);
                foreach (var argument in directive.Arguments)
                {
                    if (!names.Contains(argument.Name.Value))
                    {
                        names.Add(argument.Name.Value);
                    }
                }

                _arguments[directive.Name.Value] = names;
            }
        }
    }

    public override string Name => "KnownArgumentNamesOnDirectivesRule";

    public override void Enter(ISyntaxNode node, SdlValidationContext context)
    {
        if (node is not DirectiveNode directive
            || !_arguments.TryGetValue(directive.Name.Value, out var known))
        {
            return;
        }

        foreach (var argument in directive.Arguments)
        {
            var argumentName = argument.Name.Value;
            if (!known.Contains(argumentName))
            {
                var suggestions = Suggestions.SuggestionList(argumentName, known);
                context.ReportError(
                    this,
                    $"Unknown argument \"{argumentName}\" on directive \"@{directive.Name.Value}\"."
                        + Suggestions.DidYouMean(suggestions),
                    argument);
            }
        }
    }
}
