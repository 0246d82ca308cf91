using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

public sealed partial class SchemaBuilder
{
    private sealed partial class Builder
    {
        private void CompleteType(INamedType type, ITypeDefinitionNode definition)
        {
            switch (type)
            {
                case ObjectType obj:
                    obj.Complete(BuildFields(AllComplexNodes(definition)), BuildInterfaces(AllComplexNodes(definition)));
                    break;
                case InterfaceType iface:
                    iface.Complete(BuildFields(AllComplexNodes(definition)), BuildInterfaces(AllComplexNodes(definition)));
                    break;
                case UnionType union:
                    union.Complete(BuildUnionMembers(union));
                    break;
                case EnumType enumType:
                    enumType.Complete(BuildEnumValues(enumType));
                    break;
                case InputObjectType input:
                    input.Complete(BuildInputFields(input));
                    break;
            }
        }

        private List<(IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<FieldDefinitionNode> Fields)> AllComplexNodes(ITypeDefinitionNode definition)
        {
            var nodes = new List<(IReadOnlyList<NamedTypeNode>, IReadOnlyList<FieldDefinitionNode>)>();
            if (definition is IComplexTypeDefinitionNode complex)
            {
                nodes.Add((complex.Interfaces, complex.Fields));
            }

            if (_extensions.TryGetValue(definition.Name.Value, out var extensions))
            {
                foreach (var extension in extensions)
                {
                    if (extension is IComplexTypeExtensionNode complexExtension
                        && (extension is ObjectTypeExtensionNode) == (definition is ObjectTypeDefinitionNode))
                    {
                        nodes.Add((complexExtension.Interfaces, complexExtension.Fields));
                    }
                }
            }

            return nodes;
        }

        private FieldCollection<OutputField> BuildFields(
            List<(IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<FieldDefinitionNode> Fields)> nodes)
        {
            var fields = new OrderedByName<OutputField>();
            foreach (var (_, fieldNodes) in nodes)
            {
                foreach (var node in fieldNodes)
                {
                    var field = new OutputField(node.Name.Value, node.Description?.Value, DeprecationReason(node.Directives), node);
                    var arguments = BuildArguments(node.Arguments);
                    var type = WrappedType(node.Type);
                    field.Complete(type is not null && type.IsOutputType() ? (IOutputType)type : SpecifiedScalars.String, arguments);
                    fields.Set(field.Name, field);
                }
            }

            return new FieldCollection<OutputField>(fields.Values);
        }

        private FieldCollection<Argument> BuildArguments(IReadOnlyList<InputValueDefinitionNode> nodes)
        {
            if (nodes.Count == 0)
            {
                return FieldCollection<Argument>.Empty;
            }

            var arguments = new OrderedByName<Argument>();
            foreach (var node in nodes)
            {
                var argument = new Argument(node.Name.Value, node.Description?.Value, DeprecationReason(node.Directives), node.DefaultValue, node);
                var type = WrappedType(node.Type);
                argument.Complete(type is not null && type.IsInputType() ? (IInputType)type : SpecifiedScalars.String);
                arguments.Set(argument.Name, argument);
            }

            return new FieldCollection<Argument>(arguments.Values);
        }

        private List<InterfaceType> BuildInterfaces(
            List<(IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<FieldDefinitionNode> Fields)> nodes)
        {
            var interfaces = new List<InterfaceType>();
            foreach (var (interfaceNodes, _) in nodes)
            {
                foreach (var node in interfaceNodes)
                {
                    if (NamedType(node) is InterfaceType iface)
                    {
                        interfaces.Add(iface);
                    }
                }
            }

            return interfaces;
        }

        private List<ObjectType> BuildUnionMembers(UnionType union)
        {
            var members = new List<ObjectType>();
            var memberNodes = new List<NamedTypeNode>();
            if (union.SyntaxNode is not null)
            {
                memberNodes.AddRange(union.SyntaxNode.Types);
            }

            foreach (var extension in union.ExtensionSyntaxNodes)
            {
                memberNodes.AddRange(((UnionTypeExtensionNode)extension).Types);
            }

            foreach (var node in memberNodes)
            {
                if (NamedType(node) is ObjectType obj)
                {
                    members.Add(obj);
                }
            }

            return members;
        }

        private FieldCollection<EnumValue> BuildEnumValues(EnumType enumType)
        {
            var values = new OrderedByName<EnumValue>();
            void Add(IReadOnlyList<EnumValueDefinitionNode> nodes)
            {
                foreach (var node in nodes)
                {
                    values.Set(node.Name.Value, new EnumValue(node.Name.Value, node.Description?.Value, DeprecationReason(node.Directives), node));
                }
            }

            if (enumType.SyntaxNode is not null)
            {
                Add(enumType.SyntaxNode.Values);
            }

            foreach (var extension in enumType.ExtensionSyntaxNodes)
            {
                Add(((EnumTypeExtensionNode)extension).Values);
            }

            return new FieldCollection<EnumValue>(values.Values);
        }

        private FieldCollection<InputField> BuildInputFields(InputObjectType input)
        {
            var fields = new OrderedByName<InputField>();
            void Add(IReadOnlyList<InputValueDefinitionNode> nodes)
            {
                foreach (var node in nodes)
                {
                    var field = new InputField(node.Name.Value, node.Description?.Value, DeprecationReason(node.Directives), node.DefaultValue, node);
                    var type = WrappedType(node.Type);
                    field.Complete(type is not null && type.IsInputType() ? (IInputType)type : SpecifiedScalars.String);
                    fields.Set(field.Name, field);
                }
            }

            if (input.SyntaxNode is not null)
            {
                Add(input.SyntaxNode.Fields);
            }

            foreach (var extension in input.ExtensionSyntaxNodes)
            {
                Add(((InputObjectTypeExtensionNode)extension).Fields);
            }

            return new FieldCollection<InputField>(fields.Values);
        }

        private List<DirectiveDefinition> BuildDirectives()
        {
            var directives = new List<DirectiveDefinition>(_directiveDefinitions.Count + SpecifiedDirectives.All.Count);
            foreach (var node in _directiveDefinitions)
            {
                var locations = new List<DirectiveLocation>(node.Locations.Count);
                foreach (var location in node.Locations)
                {
                    if (DirectiveLocationNames.TryParse(location.Value, out var parsed))
                    {
                        locations.Add(parsed);
                    }
                    else
                    {
                        AddError($"Unknown directive location \"{location.Value}\".", location);
                    }
                }

                var directive = new DirectiveDefinition(
                    node.Name.Value,
                    node.Description?.Value,
                    node.IsRepeatable,
                    locations,
                    null,
                    node);
                directive.Complete(BuildArguments(node.Arguments));
                directives.Add(directive);
            }

            foreach (var specified in SpecifiedDirectives.All)
            {
                if (!directives.Exists(d => d.Name == specified.Name))
                {
                    directives.Add(specified);
                }
            }

            return directives;
        }

        private IType? WrappedType(ITypeNode node) => node switch
        {
            NonNullTypeNode nonNull => WrappedType(nonNull.Type) is { } inner ? new NonNullType(inner) : null,
            ListTypeNode list => WrappedType(list.Type) is { } element ? new ListType(element) : null,
            NamedTypeNode named => NamedType(named),
            _ => null,
        };

        private INamedType? NamedType(NamedTypeNode node)
        {
            var name = node.Name.Value;
            if ((StandardType(name) ?? _types.GetValueOrDefault(name)) is { } type)
            {
                return type;
            }

            AddError($"Unknown type: \"{name}\".", node);
            return null;
        }

        // graphql-js getDeprecationReason: the first @deprecated, its reason or the default one.
        private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
        {
            if (FindDirective(directives, "deprecated") is not { } deprecated)
            {
                return null;
            }

            foreach (var argument in deprecated.Arguments)
            {
                if (argument.Name.Value == "reason")
                {
                    return argument.Value is StringValueNode reason ? reason.Value : null;
                }
            }

            return SpecifiedDirectives.DefaultDeprecationReason;
        }

        private static string? SpecifiedByUrl(IReadOnlyList<DirectiveNode> directives)
        {
            if (FindDirective(directives, "specifiedBy") is not { } specifiedBy)
            {
                return null;
            }

            foreach (var argument in specifiedBy.Arguments)
            {
                if (argument.Name.Value == "url" && argument.Value is StringValueNode url)
                {
                    return url.Value;
                }
            }

            return null;
        }

        private static bool HasDirective(IReadOnlyList<DirectiveNode> directives, string name) => FindDirective(directives, name) is not null;

        private static DirectiveNode? FindDirective(IReadOnlyList<DirectiveNode> directives, string name)
        {
            foreach (var directive in directives)
            {
                if (directive.Name.Value == name)
                {
                    return directive;
                }
            }

            return null;
        }
    }

    /// <summary>Keeps the first position of a name while letting later definitions replace the value.</summary>
    private sealed class OrderedByName<T>
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public List<T> Values { get; } = [];

        public void Set(string name, T value)
        {
            if (_index.TryGetValue(name, out var position))
            {
                Values[position] = value;
            }
            else
            {
                _index.Add(name, Values.Count);
                Values.Add(value);
            }
        }
    }
}
