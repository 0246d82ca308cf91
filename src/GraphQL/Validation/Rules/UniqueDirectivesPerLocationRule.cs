using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation.Rules;

/// <summary>A non-repeatable directive may appear only once per location.</summary>
// https://spec.graphql.org/October2021/#sec-Directives-Are-Unique-Per-Location
public sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    private Dictionary<string, bool>? _documentUnique;
    private Dictionary<string, DirectiveNode>? _schemaDirectives;
    private Dictionary<string, Dictionary<string, DirectiveNode>>? _typeDirectives;

    /// <inheritdoc/>
    public override string Name => "UniqueDirectivesPerLocationRule";

    /// <inheritdoc/>
    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                (_documentUnique ??= new Dictionary<string, bool>(StringComparer.Ordinal))[directive.Name.Value] = !directive.IsRepeatable;
            }
        }
    }

    /// <inheritdoc/>
    public override void EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node) => Check(context, node.Directives, null);

    /// <inheritdoc/>
    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node) => Check(context, node.Directives, null);

    /// <inheritdoc/>
    public override void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node) => Check(context, node.Directives, null);

    /// <inheritdoc/>
    public override void EnterField(ValidationContext context, FieldNode node) => Check(context, node.Directives, null);

    /// <inheritdoc/>
    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node) => Check(context, node.Directives, null);

    /// <inheritdoc/>
    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node) => Check(context, node.Directives, null);

    /// <inheritdoc/>
    public override void EnterTypeSystemNode(ValidationContext context, ISyntaxNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode or SchemaExtensionNode:
                Check(context, ((IHasDirectives)node).Directives, _schemaDirectives ??= new Dictionary<string, DirectiveNode>(StringComparer.Ordinal));
                break;
            case ITypeDefinitionNode or ITypeExtensionNode:
                var typeName = ((IHasName)node).Name.Value;
                _typeDirectives ??= new Dictionary<string, Dictionary<string, DirectiveNode>>(StringComparer.Ordinal);
                if (!_typeDirectives.TryGetValue(typeName, out var seen))
                {
                    seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                    _typeDirectives.Add(typeName, seen);
                }

                Check(context, ((IHasDirectives)node).Directives, seen);
                break;
            case IHasDirectives withDirectives:
                Check(context, withDirectives.Directives, null);
                break;
        }
    }

    private void Check(ValidationContext context, IReadOnlyList<DirectiveNode> directives, Dictionary<string, DirectiveNode>? seen)
    {
        if (directives.Count == 0 || (directives.Count == 1 && seen is null))
        {
            return;
        }

        seen ??= new Dictionary<string, DirectiveNode>(directives.Count, StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!IsUnique(context, name))
            {
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                context.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen.Add(name, directive);
            }
        }
    }

    private bool IsUnique(ValidationContext context, string name)
    {
        if (_documentUnique is not null && _documentUnique.TryGetValue(name, out var unique))
        {
            return unique;
        }

        return context.Schema.TryGetDirective(name, out var directive) && !directive.IsRepeatable;
    }
}
