using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation.Sdl.Rules;

// https://spec.graphql.org/October2021/#sec-Schema
internal sealed class LoneSchemaDefinitionRule : SdlRule
{
    private int _schemaDefinitions;

    public override string Name => "LoneSchemaDefinitionRule";

    public override void Enter(ISyntaxNode node, SdlValidationContext context)
    {
        if (node is not SchemaDefinitionNode)
        {
            return;
        }

        if (_schemaDefinitions > 0)
        {
            context.ReportError(this, "Must provide only one schema definition.", node);
        }

        _schemaDefinitions++;
    }
}
