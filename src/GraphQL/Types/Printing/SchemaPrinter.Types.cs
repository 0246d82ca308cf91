using System.Text;

namespace KtPortal.GraphQL.Types;

public static partial class SchemaPrinter
{
    private const string Indent = "  ";

    private static void AppendType(StringBuilder builder, INamedType type)
    {
        AppendDescription(builder, type.Description, string.Empty, firstInBlock: true);
        switch (type)
        {
            case ScalarType scalar:
                builder.Append("scalar ").Append(scalar.Name);
                AppendSpecifiedBy(builder, scalar.SpecifiedByUrl);
                AppendCostDirectives(builder, type);
                break;
            case ObjectType objectType:
                builder.Append("type ").Append(objectType.Name);
                AppendInterfaces(builder, objectType.Interfaces);
                AppendCostDirectives(builder, type);
                AppendFields(builder, objectType.Fields);
                break;
            case InterfaceType interfaceType:
                builder.Append("interface ").Append(interfaceType.Name);
                AppendInterfaces(builder, interfaceType.Interfaces);
                AppendFields(builder, interfaceType.Fields);
                break;
            case UnionType union:
                AppendUnion(builder, union);
                break;
            case EnumType enumType:
                AppendEnum(builder, enumType);
                break;
            case InputObjectType inputObject:
                AppendInputObject(builder, inputObject);
                break;
            default:
                throw new InvalidOperationException($"Unexpected type: {type.Name}.");
        }
    }

    // https://spec.graphql.org/October2021/#ImplementsInterfaces
    private static void AppendInterfaces(StringBuilder builder, IReadOnlyList<InterfaceType> interfaces)
    {
        for (var i = 0; i < interfaces.Count; i++)
        {
            builder.Append(i == 0 ? " implements " : " & ").Append(interfaces[i].Name);
        }
    }

    // https://spec.graphql.org/October2021/#FieldsDefinition
    private static void AppendFields(StringBuilder builder, FieldCollection<OutputField> fields)
    {
        if (fields.Count == 0)
        {
            return;
        }

        builder.Append(" {\n");
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            if (i > 0)
            {
                builder.Append('\n');
            }

            AppendDescription(builder, field.Description, Indent, firstInBlock: i == 0);
            builder.Append(Indent).Append(field.Name);
            AppendArguments(builder, field.Arguments, Indent);
            builder.Append(": ").Append(field.Type);
            AppendDeprecated(builder, field.DeprecationReason);
            AppendCostDirectives(builder, field.SyntaxNode);
        }

        builder.Append("\n}");
    }

    // https://spec.graphql.org/October2021/#UnionMemberTypes
    private static void AppendUnion(StringBuilder builder, UnionType union)
    {
        builder.Append("union ").Append(union.Name);
        for (var i = 0; i < union.Types.Count; i++)
        {
            builder.Append(i == 0 ? " = " : " | ").Append(union.Types[i].Name);
        }
    }

    // https://spec.graphql.org/October2021/#EnumValuesDefinition
    private static void AppendEnum(StringBuilder builder, EnumType enumType)
    {
        builder.Append("enum ").Append(enumType.Name);
        AppendCostDirectives(builder, enumType);
        var values = enumType.Values;
        if (values.Count == 0)
        {
            return;
        }

        builder.Append(" {\n");
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (i > 0)
            {
                builder.Append('\n');
            }

            AppendDescription(builder, value.Description, Indent, firstInBlock: i == 0);
            builder.Append(Indent).Append(value.Name);
            AppendDeprecated(builder, value.DeprecationReason);
        }

        builder.Append("\n}");
    }

    // https://spec.graphql.org/October2021/#InputFieldsDefinition
    private static void AppendInputObject(StringBuilder builder, InputObjectType inputObject)
    {
        builder.Append("input ").Append(inputObject.Name);
        if (inputObject.IsOneOf)
        {
            builder.Append(" @oneOf");
        }

        var fields = inputObject.Fields;
        if (fields.Count == 0)
        {
            return;
        }

        builder.Append(" {\n");
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            AppendDescription(builder, fields[i].Description, Indent, firstInBlock: i == 0);
            builder.Append(Indent);
            AppendInputValue(builder, fields[i]);
        }

        builder.Append("\n}");
    }

    // https://spec.graphql.org/October2021/#DirectiveDefinition
    private static void AppendDirective(StringBuilder builder, DirectiveDefinition directive)
    {
        AppendDescription(builder, directive.Description, string.Empty, firstInBlock: true);
        builder.Append("directive @").Append(directive.Name);
        AppendArguments(builder, directive.Arguments, string.Empty);
        AppendDeprecated(builder, directive.DeprecationReason);
        if (directive.IsRepeatable)
        {
            builder.Append(" repeatable");
        }

        builder.Append(" on ");
        for (var i = 0; i < directive.Locations.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(" | ");
            }

            builder.Append(DirectiveLocationNames.ToSpecName(directive.Locations[i]));
        }
    }

    // Arguments stay on one line unless one of them has a description to print above it.
    // https://spec.graphql.org/October2021/#ArgumentsDefinition
    private static void AppendArguments(StringBuilder builder, FieldCollection<Argument> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return;
        }

        if (!HasAnyDescription(arguments))
        {
            builder.Append('(');
            for (var i = 0; i < arguments.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                AppendInputValue(builder, arguments[i]);
            }

            builder.Append(')');
            return;
        }

        var argumentIndentation = Indent + indentation;
        builder.Append("(\n");
        for (var i = 0; i < arguments.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            AppendDescription(builder, arguments[i].Description, argumentIndentation, firstInBlock: i == 0);
            builder.Append(argumentIndentation);
            AppendInputValue(builder, arguments[i]);
        }

        builder.Append('\n').Append(indentation).Append(')');
    }

    // An empty description counts as none here, as in graphql-js, although it is still printed.
    private static bool HasAnyDescription(FieldCollection<Argument> arguments)
    {
        foreach (var argument in arguments)
        {
            if (!string.IsNullOrEmpty(argument.Description))
            {
                return true;
            }
        }

        return false;
    }

    // https://spec.graphql.org/October2021/#InputValueDefinition
    private static void AppendInputValue(StringBuilder builder, IInputValueDefinition value)
    {
        builder.Append(value.Name).Append(": ").Append(value.Type);
        if (value.DefaultValue is not null && DefaultValuePrinter.Print(value.DefaultValue, value.Type) is { } printed)
        {
            builder.Append(" = ").Append(printed);
        }

        AppendDeprecated(builder, value.DeprecationReason);
        AppendCostDirectives(builder, value.SyntaxNode);
    }
}
