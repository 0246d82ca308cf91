using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation.Sdl.Rules;

// https://spec.graphql.org/October2021/#sec-Required-Arguments
internal sealed class ProvidedRequiredArgumentsOnDirectivesRule : SdlRule
{
    private readonly Dictionary<string, List<(string Name, string Type)>> _required = new(StringComparer.Ordinal);

    public ProvidedRequiredArgumentsOnDirectivesRule(DocumentNode document)
    {
        foreach (var directive in SpecifiedDirectives.All)
        {
            var required = new List<(string, string)>();
            foreach (var argument in directive.Arguments)
            {
                if (argument.IsRequired)
                {
                    required.Add((argument.Name, argument.Type.ToString()!));
                }
            }

            _required[directive.Name] = required;
        }

        foreach (var definition in document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                _required[directive.Name.Value] = RequiredArguments(directive.Arguments);
            }
        }
    }

    public override string Name => "ProvidedRequiredArgumentsOnDirectivesRule";

    // Checked on leave, as graphql-js does, so that errors inside the arguments come first.
    public override void Leave(ISyntaxNode node, SdlValidationContext context)
    {
        if (node is not DirectiveNode directive
            || !_required.TryGetValue(directive.Name.Value, out var required))
        {
            return;
        }

        foreach (var (name, type) in required)
        {
            if (!IsProvided(directive.Arguments, name))
            {
                context.ReportError(
                    this,
                    $"Directive \"@{directive.Name.Value}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.",
                    directive);
            }
        }
    }

    // Later duplicates replace earlier ones but keep the first one's position, like keys of a JS object.
    private static List<(string Name, string Type)> RequiredArguments(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var required = new List<(string Name, string Type)>();
        foreach (var argument in arguments)
        {
            if (argument.Type is not NonNullTypeNode || argument.DefaultValue is not null)
            {
                continue;
            }

            var index = required.FindIndex(r => r.Name == argument.Name.Value);
            var entry = (argument.Name.Value, SyntaxPrinter.Print(argument.Type));
            if (index >= 0)
            {
                required[index] = entry;
            }
            else
            {
                required.Add(entry);
            }
        }

        return required;
    }

    private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (string.Equals(argument.Name.Value, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
