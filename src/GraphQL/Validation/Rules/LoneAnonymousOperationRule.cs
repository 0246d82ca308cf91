using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation.Rules;

/// <summary>An anonymous operation must be the only operation in the document.</summary>
// https://spec.graphql.org/October2021/#sec-Lone-Anonymous-Operation
public sealed class LoneAnonymousOperationRule : ValidationRule
{
    private int _operationCount;

    /// <inheritdoc/>
    public override string Name => "LoneAnonymousOperationRule";

    /// <inheritdoc/>
    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is OperationDefinitionNode)
            {
                _operationCount++;
            }
        }
    }

    /// <inheritdoc/>
    public override void EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.Name is null && _operationCount > 1)
        {
            context.ReportError("This anonymous operation must be the only defined operation.", node);
        }
    }
}
