using System.Collections;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;
using KtPortal.GraphQL.Utilities;
using Meta = KtPortal.GraphQL.Types.Introspection;

namespace KtPortal.GraphQL.Tests.SchemaIntrospection;

/// <summary>
/// Just enough of execution to run introspection queries through the resolvers: fields, aliases, literal
/// arguments with defaults, fragments (type conditions are not checked, as no abstract type is involved),
/// leaf and list completion. It writes the response as graphql-js's JSON.stringify(result, null, 2) does.
/// </summary>
internal static class MiniExecutor
{
    public static string Execute(Schema schema, string query)
    {
        var document = Utf8GraphQLParser.Parse(query);
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
        var buffer = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data");
            WriteObject(writer, schema, schema.QueryType!, null, [operation.SelectionSet], fragments);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteObject(
        Utf8JsonWriter writer,
        Schema schema,
        ObjectType type,
        object? parent,
        IEnumerable<SelectionSetNode> selectionSets,
        Dictionary<string, FragmentDefinitionNode> fragments)
    {
        var fields = new Dictionary<string, List<FieldNode>>();
        var order = new List<string>();
        foreach (var selectionSet in selectionSets)
        {
            Collect(selectionSet, fragments, fields, order);
        }

        writer.WriteStartObject();
        foreach (var responseName in order)
        {
            var nodes = fields[responseName];
            var name = nodes[0].Name.Value;
            var field = name switch
            {
                "__schema" => Meta.SchemaField,
                "__type" => Meta.TypeField,
                "__typename" => Meta.TypeNameField,
                _ => type.Fields[name],
            };
            var value = TestResolverContext.Resolve(schema, type, field, parent, Arguments(field, nodes[0]));
            writer.WritePropertyName(responseName);
            Complete(writer, schema, field.Type, value, nodes.Where(n => n.SelectionSet is not null).Select(n => n.SelectionSet!), fragments);
        }

        writer.WriteEndObject();
    }

    private static void Complete(
        Utf8JsonWriter writer,
        Schema schema,
        IType type,
        object? value,
        IEnumerable<SelectionSetNode> selectionSets,
        Dictionary<string, FragmentDefinitionNode> fragments)
    {
        if (type is NonNullType nonNull)
        {
            Assert.NotNull(value);
            Complete(writer, schema, nonNull.Type, value, selectionSets, fragments);
            return;
        }

        switch (value)
        {
            case null:
                writer.WriteNullValue();
                return;
            case not null when type is ListType list:
                writer.WriteStartArray();
                foreach (var item in (IEnumerable)value)
                {
                    Complete(writer, schema, list.ElementType, item, selectionSets, fragments);
                }

                writer.WriteEndArray();
                return;
            case not null when type is ObjectType objectType:
                WriteObject(writer, schema, objectType, value, selectionSets, fragments);
                return;
            case not null when type is EnumType enumType:
                Assert.True(enumType.TryGetValueByRuntimeValue(value, out var enumValue), $"{value} is no {enumType.Name} value.");
                writer.WriteStringValue(enumValue.Name);
                return;
            case not null when type is ScalarType scalar:
                JsonValueWriter.WriteValue(writer, scalar.Serialize(value), strict: true);
                return;
        }
    }

    private static Dictionary<string, object?> Arguments(OutputField field, FieldNode node)
    {
        var values = new Dictionary<string, object?>();
        foreach (var argument in field.Arguments)
        {
            var literal = node.Arguments.FirstOrDefault(a => a.Name.Value == argument.Name)?.Value ?? argument.DefaultValue;
            if (literal is not null)
            {
                values[argument.Name] = literal is NullValueNode ? null : ((ScalarType)NamedType(argument.Type)).ParseLiteral(literal);
            }
        }

        return values;
    }

    private static IType NamedType(IType type) => type is NonNullType nonNull ? nonNull.Type : type;

    private static void Collect(
        SelectionSetNode selectionSet,
        Dictionary<string, FragmentDefinitionNode> fragments,
        Dictionary<string, List<FieldNode>> fields,
        List<string> order)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var responseName = field.Alias?.Value ?? field.Name.Value;
                    if (!fields.TryGetValue(responseName, out var nodes))
                    {
                        fields[responseName] = nodes = [];
                        order.Add(responseName);
                    }

                    nodes.Add(field);
                    break;
                case FragmentSpreadNode spread:
                    Collect(fragments[spread.Name.Value].SelectionSet, fragments, fields, order);
                    break;
                case InlineFragmentNode inline:
                    Collect(inline.SelectionSet, fragments, fields, order);
                    break;
            }
        }
    }
}
