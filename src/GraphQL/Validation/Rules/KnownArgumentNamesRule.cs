using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation.Rules;

/// <summary>Arguments must be defined by the field or directive they are given to.</summary>
// https://spec.graphql.org/October2021/#sec-Argument-Names
public sealed class KnownArgumentNamesRule : ValidationRule
{
    private Dictionary<string, List<string>>? _documentDirectiveArguments;

    /// <inheritdoc/>
    public override string Name => "KnownArgumentNamesRule";

    /// <inheritdoc/>
    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var definition in node.Definitions)
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

                (_documentDirectiveArguments ??= new Dictionary<string, List<string>>(StringComparer.Ordinal))[directive.Name.Value] = names;
            }
        }
    }

    /// <inheritdoc/>
    public override void EnterDirective(ValidationContext context, DirectiveNode node)
    {
        if (node.Arguments.Count == 0)
        {
            return;
        }

        var directiveName = node.Name.Value;
        List<string>? documentArguments = null;
        DirectiveDefinition? definition = null;
        if ((_documentDirectiveArguments is null || !_documentDirectiveArguments.TryGetValue(directiveName, out documentArguments))
            && !context.Schema.TryGetDirective(directiveName, out definition))
        {
            return;
        }

        foreach (var argument in node.Arguments)
        {
            var argumentName = argument.Name.Value;
            var known = documentArguments is not null
                ? documentArguments.Contains(argumentName)
                : definition!.Arguments.ContainsField(argumentName);
            if (known)
            {
                continue;
            }

            IReadOnlyList<string> suggestions = [];
            if (!context.HideSuggestions)
            {
                suggestions = Suggestions.SuggestionList(argumentName, documentArguments ?? ArgumentNames(definition!));
            }

            context.ReportError(
                $"Unknown argument \"{argumentName}\" on directive \"@{directiveName}\"." + Suggestions.DidYouMean(suggestions),
                argument);
        }
    }

    private static List<string> ArgumentNames(DirectiveDefinition definition)
    {
        var names = new List<string>(definition.Arguments.Count);
        foreach (var argument in definition.Arguments)
        {
            names.Add(argument.Name);
        }

        return names;
    }

    /// <inheritdoc/>
    public override void EnterArgument(ValidationContext context, ArgumentNode node)
    {
        // Directive arguments are checked in EnterDirective.
        if (context.Ancestors.Count > 0 && context.Ancestors[^1] is DirectiveNode)
        {
            return;
        }

        if (context.Argument is not null || context.FieldDefinition is not { } field || context.ParentType is not { } parentType)
        {
            return;
        }

        var argumentName = node.Name.Value;
        IReadOnlyList<string> suggestions = [];
        if (!context.HideSuggestions)
        {
            var names = new string[field.Arguments.Count];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = field.Arguments[i].Name;
            }

            suggestions = Suggestions.SuggestionList(argumentName, names);
        }

        context.ReportError(
            $"Unknown argument \"{argumentName}\" on field \"{parentType.Name}.{field.Name}\"." + Suggestions.DidYouMean(suggestions),
            node);
    }
}
