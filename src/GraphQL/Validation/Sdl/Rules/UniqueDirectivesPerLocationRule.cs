using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation.Sdl.Rules;

// https://spec.graphql.org/October2021/#sec-Directives-Are-Unique-Per-Location
// A type and its extensions form one location, and so do the schema definition and its extensions.
internal sealed class UniqueDirectivesPerLocationRule : SdlRule
{
    private readonly Dictionary<string, bool> _isUnique = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);

    public UniqueDirectivesPerLocationRule(DocumentNode document)
    {
        foreach (var directive in SpecifiedDirectives.All)
        {
            _isUnique[directive.Name] = !directive.IsRepeatable;
        }

        foreach (var definition in document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                _isUnique[directive.Name.Value] = !directive.IsRepeatable;
            }
        }
    }

    public override string Name => "UniqueDirectivesPerLocationRule";

    public override void Enter(ISyntaxNode node, SdlValidationContext context)
    {
        if (node is not IHasDirectives { Directives.Count: > 0 } withDirectives)
        {
            return;
        }

        Dictionary<string, DirectiveNode> seen;
        switch (node)
        {
            case SchemaDefinitionNode or SchemaExtensionNode:
                seen = _schemaDirectives;
                break;
            case ITypeDefinitionNode or ITypeExtensionNode:
                var typeName = ((IHasName)node).Name.Value;
                if (!_typeDirectives.TryGetValue(typeName, out seen!))
                {
                    seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                    _typeDirectives.Add(typeName, seen);
                }

                break;
            default:
                seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                break;
        }

        foreach (var directive in withDirectives.Directives)
        {
            var name = directive.Name.Value;
            if (!_isUnique.TryGetValue(name, out var isUnique) || !isUnique)
            {
                continue;
            }

            if (seen.TryGetValue(name, out var existing))
            {
                context.ReportError(
                    this,
                    $"The directive \"@{name}\" can only be used once at this location.",
                    existing,
                    directive);
            }
            else
            {
                seen.Add(name, directive);
            }
        }
    }
}
