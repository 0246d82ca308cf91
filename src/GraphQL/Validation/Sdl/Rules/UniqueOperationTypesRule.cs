using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation.Sdl.Rules;

// https://spec.graphql.org/October2021/#sec-Root-Operation-Types
internal sealed class UniqueOperationTypesRule : SdlRule
{
    private readonly Dictionary<OperationType, OperationTypeDefinitionNode> _defined = [];

    public override string Name => "UniqueOperationTypesRule";

    public override void Enter(ISyntaxNode node, SdlValidationContext context)
    {
        var operationTypes = node switch
        {
            SchemaDefinitionNode definition => definition.OperationTypes,
            SchemaExtensionNode extension => extension.OperationTypes,
            _ => null,
        };

        if (operationTypes is null)
        {
            return;
        }

        foreach (var operationType in operationTypes)
        {
            if (_defined.TryGetValue(operationType.Operation, out var existing))
            {
                context.ReportError(
                    this,
                    $"There can be only one {OperationName(operationType.Operation)} type in schema.",
                    existing,
                    operationType);
            }
            else
            {
                _defined.Add(operationType.Operation, operationType);
            }
        }
    }

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}
