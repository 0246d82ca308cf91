namespace KtPortal.GraphQL.Language;

internal sealed partial class SyntaxWriter
{
    private void WriteTypeSystemNode(ISyntaxNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                WriteDescription(schema.Description);
                WriteHeader("schema", null, schema.Directives);
                WriteOperationTypes(schema.OperationTypes);
                break;
            case SchemaExtensionNode schema:
                WriteHeader("extend schema", null, schema.Directives);
                WriteOperationTypes(schema.OperationTypes);
                break;
            case OperationTypeDefinitionNode operationType:
                WriteOperationType(operationType);
                break;
            case ScalarTypeDefinitionNode scalar:
                WriteDescription(scalar.Description);
                WriteHeader("scalar", scalar.Name, scalar.Directives);
                break;
            case ScalarTypeExtensionNode scalar:
                WriteHeader("extend scalar", scalar.Name, scalar.Directives);
                break;
            case ObjectTypeDefinitionNode type:
                WriteDescription(type.Description);
                WriteComplexType("type", type.Name, type.Interfaces, type.Directives, type.Fields);
                break;
            case ObjectTypeExtensionNode type:
                WriteComplexType("extend type", type.Name, type.Interfaces, type.Directives, type.Fields);
                break;
            case InterfaceTypeDefinitionNode type:
                WriteDescription(type.Description);
                WriteComplexType("interface", type.Name, type.Interfaces, type.Directives, type.Fields);
                break;
            case InterfaceTypeExtensionNode type:
                WriteComplexType("extend interface", type.Name, type.Interfaces, type.Directives, type.Fields);
                break;
            case FieldDefinitionNode field:
                WriteFieldDefinition(field);
                break;
            case InputValueDefinitionNode input:
                WriteInputValueDefinition(input);
                break;
            case UnionTypeDefinitionNode union:
                WriteDescription(union.Description);
                WriteUnion("union", union.Name, union.Directives, union.Types);
                break;
            case UnionTypeExtensionNode union:
                WriteUnion("extend union", union.Name, union.Directives, union.Types);
                break;
            case EnumTypeDefinitionNode enumType:
                WriteDescription(enumType.Description);
                WriteHeader("enum", enumType.Name, enumType.Directives);
                WriteBlockAfterSpace(enumType.Values, static (w, v) => w.WriteEnumValueDefinition(v));
                break;
            case EnumTypeExtensionNode enumType:
                WriteHeader("extend enum", enumType.Name, enumType.Directives);
                WriteBlockAfterSpace(enumType.Values, static (w, v) => w.WriteEnumValueDefinition(v));
                break;
            case EnumValueDefinitionNode value:
                WriteEnumValueDefinition(value);
                break;
            case InputObjectTypeDefinitionNode input:
                WriteDescription(input.Description);
                WriteHeader("input", input.Name, input.Directives);
                WriteBlockAfterSpace(input.Fields, static (w, f) => w.WriteInputValueDefinition(f));
                break;
            case InputObjectTypeExtensionNode input:
                WriteHeader("extend input", input.Name, input.Directives);
                WriteBlockAfterSpace(input.Fields, static (w, f) => w.WriteInputValueDefinition(f));
                break;
            case DirectiveDefinitionNode directive:
                WriteDirectiveDefinition(directive);
                break;
            default:
                throw new ArgumentException($"Unknown node {node.GetType().Name}.", nameof(node));
        }
    }

    // graphql-js joins a definition's parts with single spaces, skipping the empty ones.
    private void WriteHeader(string keyword, NameNode? name, IReadOnlyList<DirectiveNode> directives)
    {
        Write(keyword);
        if (name is not null)
        {
            Write(' ');
            Write(name.Value);
        }

        WriteDirectivesAfterSpace(directives);
    }

    private void WriteBlockAfterSpace<T>(IReadOnlyList<T> items, Action<SyntaxWriter, T> write)
    {
        if (items.Count > 0)
        {
            Write(' ');
            WriteBlock(items, write);
        }
    }

    private void WriteOperationTypes(IReadOnlyList<OperationTypeDefinitionNode> operationTypes) =>
        WriteBlockAfterSpace(operationTypes, static (w, o) => w.WriteOperationType(o));

    // https://spec.graphql.org/October2021/#RootOperationTypeDefinition
    private void WriteOperationType(OperationTypeDefinitionNode operationType)
    {
        Write(OperationKeywords[(int)operationType.Operation]);
        Write(": ");
        Write(operationType.Type.Name.Value);
    }

    // https://spec.graphql.org/October2021/#ObjectTypeDefinition
    // https://spec.graphql.org/October2021/#InterfaceTypeDefinition
    private void WriteComplexType(
        string keyword,
        NameNode name,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields)
    {
        Write(keyword);
        Write(' ');
        Write(name.Value);
        if (interfaces.Count > 0)
        {
            Write(" implements ");
            WriteSeparated(interfaces, " & ", static (w, i) => w.Write(i.Name.Value));
        }

        WriteDirectivesAfterSpace(directives);
        WriteBlockAfterSpace(fields, static (w, f) => w.WriteFieldDefinition(f));
    }

    // https://spec.graphql.org/October2021/#FieldDefinition
    private void WriteFieldDefinition(FieldDefinitionNode field)
    {
        WriteDescription(field.Description);
        Write(field.Name.Value);
        WriteArgumentDefinitions(field.Arguments);
        Write(": ");
        WriteType(field.Type);
        WriteDirectivesAfterSpace(field.Directives);
    }

    // Argument definitions go one per line, indented, once any of them spans lines.
    private void WriteArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return;
        }

        Mark mark = Position();
        Write('(');
        WriteSeparated(arguments, ", ", static (w, a) => w.WriteInputValueDefinition(a));
        Write(')');
        if (HasLineBreaksSince(mark))
        {
            Rewind(mark);
            WriteWrappedArguments(arguments, static (w, a) => w.WriteInputValueDefinition(a));
        }
    }

    // https://spec.graphql.org/October2021/#InputValueDefinition
    private void WriteInputValueDefinition(InputValueDefinitionNode input)
    {
        WriteDescription(input.Description);
        Write(input.Name.Value);
        Write(": ");
        WriteType(input.Type);
        if (input.DefaultValue is not null)
        {
            Write(" = ");
            WriteValue(input.DefaultValue);
        }

        WriteDirectivesAfterSpace(input.Directives);
    }

    // https://spec.graphql.org/October2021/#UnionTypeDefinition
    private void WriteUnion(string keyword, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types)
    {
        WriteHeader(keyword, name, directives);
        if (types.Count > 0)
        {
            Write(" = ");
            WriteSeparated(types, " | ", static (w, t) => w.Write(t.Name.Value));
        }
    }

    // https://spec.graphql.org/October2021/#EnumValueDefinition
    private void WriteEnumValueDefinition(EnumValueDefinitionNode value)
    {
        WriteDescription(value.Description);
        Write(value.Name.Value);
        WriteDirectivesAfterSpace(value.Directives);
    }

    // https://spec.graphql.org/October2021/#DirectiveDefinition
    private void WriteDirectiveDefinition(DirectiveDefinitionNode directive)
    {
        WriteDescription(directive.Description);
        Write("directive @");
        Write(directive.Name.Value);
        WriteArgumentDefinitions(directive.Arguments);
        if (directive.IsRepeatable)
        {
            Write(" repeatable");
        }

        Write(" on ");
        WriteSeparated(directive.Locations, " | ", static (w, l) => w.Write(l.Value));
    }
}
