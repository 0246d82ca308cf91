using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation.Rules;

/// <summary>A document may only hold operations and fragments.</summary>
// https://spec.graphql.org/October2021/#sec-Executable-Definitions
public sealed class ExecutableDefinitionsRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "ExecutableDefinitionsRule";

    /// <inheritdoc/>
    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is IExecutableDefinitionNode)
            {
                continue;
            }

            var name = definition is SchemaDefinitionNode or SchemaExtensionNode
                ? "schema"
                : "\"" + ((IHasName)definition).Name.Value + "\"";
            context.ReportError($"The {name} definition is not executable.", definition);
        }
    }
}
