using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation.Rules;

/// <summary>Leaf fields must not have selections; composite fields must have at least one.</summary>
// https://spec.graphql.org/October2021/#sec-Leaf-Field-Selections
public sealed class ScalarLeafsRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "ScalarLeafsRule";

    /// <inheritdoc/>
    public override void EnterField(ValidationContext context, FieldNode node)
    {
        if (context.Type is not { } type)
        {
            return;
        }

        var fieldName = node.Name.Value;
        if (type.NamedType().IsLeafType())
        {
            if (node.SelectionSet is { } selectionSet)
            {
                context.ReportError(
                    $"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.",
                    selectionSet);
            }
        }
        else if (node.SelectionSet is null)
        {
            context.ReportError(
                $"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?",
                node);
        }
        else if (node.SelectionSet.Selections.Count == 0)
        {
            context.ReportError($"Field \"{fieldName}\" of type \"{type}\" must have at least one field selected.", node);
        }
    }
}
