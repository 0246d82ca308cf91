using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation.Rules;

/// <summary>Variables must be of input types.</summary>
// https://spec.graphql.org/October2021/#sec-Variables-Are-Input-Types
public sealed class VariablesAreInputTypesRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "VariablesAreInputTypesRule";

    /// <inheritdoc/>
    public override void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node)
    {
        if (context.Schema.TypeFromAst(node.Type) is { } type && !type.IsInputType())
        {
            context.ReportError(
                $"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{SyntaxPrinter.Print(node.Type)}\".",
                node.Type);
        }
    }
}
