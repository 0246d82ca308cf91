using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation;

public sealed partial class ValidationContext
{
    private readonly List<IOutputType?> _typeStack = new(32);
    private readonly List<ICompositeType?> _parentTypeStack = new(32);
    private readonly List<IInputType?> _inputTypeStack = new(16);
    private readonly List<OutputField?> _fieldDefinitionStack = new(32);
    private readonly List<IValueNode?> _defaultValueStack = new(16);
    private readonly List<ISyntaxNode> _ancestors = new(64);

    /// <summary>The output type of the current field, fragment or operation (graphql-js <c>getType</c>).</summary>
    public IOutputType? Type => Peek(_typeStack);

    /// <summary>The composite type whose selection set is being visited (graphql-js <c>getParentType</c>).</summary>
    public ICompositeType? ParentType => Peek(_parentTypeStack);

    /// <summary>The input type expected at the current argument, list item or input field.</summary>
    public IInputType? InputType => Peek(_inputTypeStack);

    /// <summary>The input type enclosing the current input position (graphql-js <c>getParentInputType</c>).</summary>
    public IInputType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    /// <summary>The definition of the current field (graphql-js <c>getFieldDef</c>).</summary>
    public OutputField? FieldDefinition => Peek(_fieldDefinitionStack);

    /// <summary>The default value of the current argument or input field, if it has one.</summary>
    public IValueNode? DefaultValue => Peek(_defaultValueStack);

    /// <summary>The definition of the directive being visited.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>The definition of the argument being visited.</summary>
    public Argument? Argument { get; private set; }

    /// <summary>The definition of the enum value being visited.</summary>
    public EnumValue? EnumValue { get; private set; }

    /// <summary>The nodes from the document down to the parent of the node being visited.</summary>
    public IReadOnlyList<ISyntaxNode> Ancestors => _ancestors;

    /// <summary>
    /// The field definition <paramref name="fieldName"/> selects on <paramref name="parentType"/>, including the
    /// <c>__schema</c>, <c>__type</c> (query root only) and <c>__typename</c> meta fields.
    /// </summary>
    public static OutputField? GetFieldDefinition(Schema schema, ICompositeType parentType, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(parentType);
        if (fieldName.Length > 1 && fieldName[0] == '_' && fieldName[1] == '_')
        {
            switch (fieldName)
            {
                case "__schema" when ReferenceEquals(schema.QueryType, parentType):
                    return Introspection.SchemaField;
                case "__type" when ReferenceEquals(schema.QueryType, parentType):
                    return Introspection.TypeField;
                case "__typename":
                    return Introspection.TypeNameField;
            }
        }

        return parentType is IComplexOutputType complex && complex.Fields.TryGetField(fieldName, out var field) ? field : null;
    }

    private static T? Peek<T>(List<T?> stack)
        where T : class
        => stack.Count == 0 ? null : stack[^1];

    internal void PushAncestor(ISyntaxNode node) => _ancestors.Add(node);

    internal void PopAncestor() => _ancestors.RemoveAt(_ancestors.Count - 1);

    internal void EnterSelectionSetType()
        => _parentTypeStack.Add(Type?.NamedType() as ICompositeType);

    internal void LeaveSelectionSetType() => _parentTypeStack.RemoveAt(_parentTypeStack.Count - 1);

    internal void EnterFieldType(FieldNode node)
    {
        var parentType = ParentType;
        var fieldDefinition = parentType is null ? null : GetFieldDefinition(Schema, parentType, node.Name.Value);
        _fieldDefinitionStack.Add(fieldDefinition);
        _typeStack.Add(fieldDefinition?.Type);
    }

    internal void LeaveFieldType()
    {
        _fieldDefinitionStack.RemoveAt(_fieldDefinitionStack.Count - 1);
        _typeStack.RemoveAt(_typeStack.Count - 1);
    }

    internal void EnterDirectiveType(DirectiveNode node)
        => Directive = Schema.TryGetDirective(node.Name.Value, out var directive) ? directive : null;

    internal void LeaveDirectiveType() => Directive = null;

    internal void EnterOperationType(OperationDefinitionNode node) => _typeStack.Add(Schema.GetRootType(node.Operation));

    internal void EnterFragmentType(NamedTypeNode? typeCondition)
    {
        var type = typeCondition is null ? Type?.NamedType() : Schema.TypeFromAst(typeCondition);
        _typeStack.Add(type is not null && type.IsOutputType() ? (IOutputType)type : null);
    }

    internal void LeaveOutputType() => _typeStack.RemoveAt(_typeStack.Count - 1);

    internal void EnterVariableDefinitionType(VariableDefinitionNode node)
    {
        var type = Schema.TypeFromAst(node.Type);
        _inputTypeStack.Add(type is not null && type.IsInputType() ? (IInputType)type : null);
    }

    internal void LeaveInputType() => _inputTypeStack.RemoveAt(_inputTypeStack.Count - 1);

    internal void EnterArgumentType(ArgumentNode node)
    {
        Argument? argument = null;
        if (Directive is { } directive)
        {
            directive.Arguments.TryGetField(node.Name.Value, out argument);
        }
        else if (FieldDefinition is { } field)
        {
            field.Arguments.TryGetField(node.Name.Value, out argument);
        }

        Argument = argument;
        _defaultValueStack.Add(argument?.DefaultValue);
        _inputTypeStack.Add(argument?.Type);
    }

    internal void LeaveArgumentType()
    {
        Argument = null;
        _defaultValueStack.RemoveAt(_defaultValueStack.Count - 1);
        _inputTypeStack.RemoveAt(_inputTypeStack.Count - 1);
    }

    internal void EnterListValueType()
    {
        var listType = InputType?.NullableType();
        var itemType = listType is ListType list ? list.ElementType : listType;
        _defaultValueStack.Add(null);
        _inputTypeStack.Add(itemType is not null && itemType.IsInputType() ? (IInputType)itemType : null);
    }

    internal void EnterObjectFieldType(ObjectFieldNode node)
    {
        InputField? inputField = null;
        if (InputType?.NamedType() is InputObjectType inputObject)
        {
            inputObject.Fields.TryGetField(node.Name.Value, out inputField);
        }

        _defaultValueStack.Add(inputField?.DefaultValue);
        _inputTypeStack.Add(inputField?.Type);
    }

    internal void LeaveInputValueType()
    {
        _defaultValueStack.RemoveAt(_defaultValueStack.Count - 1);
        _inputTypeStack.RemoveAt(_inputTypeStack.Count - 1);
    }

    internal void EnterEnumValueType(EnumValueNode node)
    {
        EnumValue = InputType?.NamedType() is EnumType enumType && enumType.TryGetValue(node.Value, out var value) ? value : null;
    }

    internal void LeaveEnumValueType() => EnumValue = null;
}
