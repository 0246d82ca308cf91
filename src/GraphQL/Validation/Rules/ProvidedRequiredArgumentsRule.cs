using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation.Rules;

/// <summary>Required arguments of fields and directives must be provided.</summary>
// https://spec.graphql.org/October2021/#sec-Required-Arguments
public sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    private Dictionary<string, List<InputValueDefinitionNode>>? _documentDirectives;

    /// <inheritdoc/>
    public override string Name => "ProvidedRequiredArgumentsRule";

    /// <inheritdoc/>
    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                var required = new List<InputValueDefinitionNode>();
                foreach (var argument in directive.Arguments)
                {
                    if (argument.Type is NonNullTypeNode && argument.DefaultValue is null)
                    {
                        // graphql-js keys these by name, so a later duplicate replaces an earlier one in place.
                        var index = required.FindIndex(a => a.Name.Value == argument.Name.Value);
                        if (index >= 0)
                        {
                            required[index] = argument;
                        }
                        else
                        {
                            required.Add(argument);
                        }
                    }
                }

                (_documentDirectives ??= new Dictionary<string, List<InputValueDefinitionNode>>(StringComparer.Ordinal))[directive.Name.Value] = required;
            }
        }
    }

    /// <inheritdoc/>
    public override void LeaveField(ValidationContext context, FieldNode node)
    {
        if (context.FieldDefinition is not { } field)
        {
            return;
        }

        foreach (var argument in field.Arguments)
        {
            if (argument.IsRequired && !IsProvided(node.Arguments, argument.Name))
            {
                context.ReportError(
                    $"Field \"{field.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                    node);
            }
        }
    }

    /// <inheritdoc/>
    public override void LeaveDirective(ValidationContext context, DirectiveNode node)
    {
        var name = node.Name.Value;
        if (_documentDirectives is not null && _documentDirectives.TryGetValue(name, out var documentRequired))
        {
            foreach (var argument in documentRequired)
            {
                if (!IsProvided(node.Arguments, argument.Name.Value))
                {
                    Report(context, node, argument.Name.Value, SyntaxPrinter.Print(argument.Type));
                }
            }

            return;
        }

        if (context.Schema.TryGetDirective(name, out var directive))
        {
            foreach (var argument in directive.Arguments)
            {
                if (argument.IsRequired && !IsProvided(node.Arguments, argument.Name))
                {
                    Report(context, node, argument.Name, $"{argument.Type}");
                }
            }
        }
    }

    private static void Report(ValidationContext context, DirectiveNode node, string argumentName, string typeText)
        => context.ReportError(
            $"Directive \"@{node.Name.Value}\" argument \"{argumentName}\" of type \"{typeText}\" is required, but it was not provided.",
            node);

    private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
