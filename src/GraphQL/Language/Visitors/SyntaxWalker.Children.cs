namespace KtPortal.GraphQL.Language;

public abstract partial class SyntaxWalker<TContext>
{
    private bool VisitChildren(ISyntaxNode node, TContext context) => node switch
    {
        DocumentNode n => VisitAll(n.Definitions, context),
        OperationDefinitionNode n => Visit(n.Description, context) && Visit(n.Name, context)
            && VisitAll(n.VariableDefinitions, context) && VisitAll(n.Directives, context) && Visit(n.SelectionSet, context),
        VariableDefinitionNode n => Visit(n.Description, context) && Visit(n.Variable, context) && Visit(n.Type, context)
            && Visit(n.DefaultValue, context) && VisitAll(n.Directives, context),
        VariableNode n => Visit(n.Name, context),
        SelectionSetNode n => VisitAll(n.Selections, context),
        FieldNode n => Visit(n.Alias, context) && Visit(n.Name, context) && VisitAll(n.Arguments, context)
            && VisitAll(n.Directives, context) && Visit(n.SelectionSet, context),
        ArgumentNode n => Visit(n.Name, context) && Visit(n.Value, context),
        FragmentSpreadNode n => Visit(n.Name, context) && VisitAll(n.Directives, context),
        InlineFragmentNode n => Visit(n.TypeCondition, context) && VisitAll(n.Directives, context) && Visit(n.SelectionSet, context),
        FragmentDefinitionNode n => Visit(n.Description, context) && Visit(n.Name, context) && Visit(n.TypeCondition, context)
            && VisitAll(n.Directives, context) && Visit(n.SelectionSet, context),
        ListValueNode n => VisitAll(n.Values, context),
        ObjectValueNode n => VisitAll(n.Fields, context),
        ObjectFieldNode n => Visit(n.Name, context) && Visit(n.Value, context),
        DirectiveNode n => Visit(n.Name, context) && VisitAll(n.Arguments, context),
        NamedTypeNode n => Visit(n.Name, context),
        ListTypeNode n => Visit(n.Type, context),
        NonNullTypeNode n => Visit(n.Type, context),
        _ => VisitTypeSystemChildren(node, context),
    };

    private bool VisitTypeSystemChildren(ISyntaxNode node, TContext context) => node switch
    {
        SchemaDefinitionNode n => Visit(n.Description, context) && VisitAll(n.Directives, context) && VisitAll(n.OperationTypes, context),
        OperationTypeDefinitionNode n => Visit(n.Type, context),
        ScalarTypeDefinitionNode n => Visit(n.Description, context) && Visit(n.Name, context) && VisitAll(n.Directives, context),
        ObjectTypeDefinitionNode n => Visit(n.Description, context) && Visit(n.Name, context) && VisitAll(n.Interfaces, context)
            && VisitAll(n.Directives, context) && VisitAll(n.Fields, context),
        FieldDefinitionNode n => Visit(n.Description, context) && Visit(n.Name, context) && VisitAll(n.Arguments, context)
            && Visit(n.Type, context) && VisitAll(n.Directives, context),
        InputValueDefinitionNode n => Visit(n.Description, context) && Visit(n.Name, context) && Visit(n.Type, context)
            && Visit(n.DefaultValue, context) && VisitAll(n.Directives, context),
        InterfaceTypeDefinitionNode n => Visit(n.Description, context) && Visit(n.Name, context) && VisitAll(n.Interfaces, context)
            && VisitAll(n.Directives, context) && VisitAll(n.Fields, context),
        UnionTypeDefinitionNode n => Visit(n.Description, context) && Visit(n.Name, context) && VisitAll(n.Directives, context)
            && VisitAll(n.Types, context),
        EnumTypeDefinitionNode n => Visit(n.Description, context) && Visit(n.Name, context) && VisitAll(n.Directives, context)
            && VisitAll(n.Values, context),
        EnumValueDefinitionNode n => Visit(n.Description, context) && Visit(n.Name, context) && VisitAll(n.Directives, context),
        InputObjectTypeDefinitionNode n => Visit(n.Description, context) && Visit(n.Name, context) && VisitAll(n.Directives, context)
            && VisitAll(n.Fields, context),
        DirectiveDefinitionNode n => Visit(n.Description, context) && Visit(n.Name, context) && VisitAll(n.Arguments, context)
            && VisitAll(n.Locations, context),
        SchemaExtensionNode n => VisitAll(n.Directives, context) && VisitAll(n.OperationTypes, context),
        ScalarTypeExtensionNode n => Visit(n.Name, context) && VisitAll(n.Directives, context),
        ObjectTypeExtensionNode n => Visit(n.Name, context) && VisitAll(n.Interfaces, context) && VisitAll(n.Directives, context)
            && VisitAll(n.Fields, context),
        InterfaceTypeExtensionNode n => Visit(n.Name, context) && VisitAll(n.Interfaces, context) && VisitAll(n.Directives, context)
            && VisitAll(n.Fields, context),
        UnionTypeExtensionNode n => Visit(n.Name, context) && VisitAll(n.Directives, context) && VisitAll(n.Types, context),
        EnumTypeExtensionNode n => Visit(n.Name, context) && VisitAll(n.Directives, context) && VisitAll(n.Values, context),
        InputObjectTypeExtensionNode n => Visit(n.Name, context) && VisitAll(n.Directives, context) && VisitAll(n.Fields, context),
        _ => true,
    };
}
