using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation.Sdl.Rules;

// https://spec.graphql.org/October2021/#sec-Type-Extensions
internal sealed class PossibleTypeExtensionsRule : SdlRule
{
    private readonly Dictionary<string, ITypeDefinitionNode> _defined = new(StringComparer.Ordinal);
    private readonly List<string> _definedInOrder = [];

    public PossibleTypeExtensionsRule(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is ITypeDefinitionNode type)
            {
                if (!_defined.ContainsKey(type.Name.Value))
                {
                    _definedInOrder.Add(type.Name.Value);
                }

                _defined[type.Name.Value] = type;
            }
        }
    }

    public override string Name => "PossibleTypeExtensionsRule";

    public override void Enter(ISyntaxNode node, SdlValidationContext context)
    {
        if (node is not ITypeExtensionNode extension)
        {
            return;
        }

        var typeName = extension.Name.Value;
        if (_defined.TryGetValue(typeName, out var definition))
        {
            if (ExtensionKindOf(definition.Kind) != extension.Kind)
            {
                context.ReportError(
                    this,
                    $"Cannot extend non-{KindName(extension.Kind)} type \"{typeName}\".",
                    definition,
                    extension);
            }

            return;
        }

        var suggestions = Suggestions.SuggestionList(typeName, _definedInOrder);
        context.ReportError(
            this,
            $"Cannot extend type \"{typeName}\" because it is not defined." + Suggestions.DidYouMean(suggestions),
            extension.Name);
    }

    private static SyntaxKind ExtensionKindOf(SyntaxKind definitionKind) => definitionKind switch
    {
        SyntaxKind.ScalarTypeDefinition => SyntaxKind.ScalarTypeExtension,
        SyntaxKind.ObjectTypeDefinition => SyntaxKind.ObjectTypeExtension,
        SyntaxKind.InterfaceTypeDefinition => SyntaxKind.InterfaceTypeExtension,
        SyntaxKind.UnionTypeDefinition => SyntaxKind.UnionTypeExtension,
        SyntaxKind.EnumTypeDefinition => SyntaxKind.EnumTypeExtension,
        _ => SyntaxKind.InputObjectTypeExtension,
    };

    private static string KindName(SyntaxKind extensionKind) => extensionKind switch
    {
        SyntaxKind.ScalarTypeExtension => "scalar",
        SyntaxKind.ObjectTypeExtension => "object",
        SyntaxKind.InterfaceTypeExtension => "interface",
        SyntaxKind.UnionTypeExtension => "union",
        SyntaxKind.EnumTypeExtension => "enum",
        _ => "input object",
    };
}
