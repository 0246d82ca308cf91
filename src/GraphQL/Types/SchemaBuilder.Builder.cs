using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

public sealed partial class SchemaBuilder
{
    /// <summary>One build: collects definitions, creates every type, then completes their members.</summary>
    private sealed partial class Builder
    {
        private readonly DocumentNode _document;
        private readonly List<GraphQLError> _errors = [];
        private readonly Dictionary<string, INamedType> _types = new(StringComparer.Ordinal);
        private readonly List<string> _typeOrder = [];
        private readonly Dictionary<string, List<ITypeExtensionNode>> _extensions = new(StringComparer.Ordinal);
        private readonly List<DirectiveDefinitionNode> _directiveDefinitions = [];
        private readonly List<SchemaExtensionNode> _schemaExtensions = [];
        private readonly List<ITypeDefinitionNode> _typeDefinitions = [];
        private readonly IReadOnlyDictionary<string, ScalarType> _boundScalars;
        private SchemaDefinitionNode? _schemaDefinition;

        public Builder(DocumentNode document, IReadOnlyDictionary<string, ScalarType> boundScalars)
        {
            _document = document;
            _boundScalars = boundScalars;
        }

        public Schema Build()
        {
            Collect();
            CreateTypes();
            foreach (var definition in _typeDefinitions)
            {
                if (_types.TryGetValue(definition.Name.Value, out var type) && ReferenceEquals(type.SyntaxNode, definition))
                {
                    CompleteType(type, definition);
                }
            }

            var directives = BuildDirectives();
            var (query, mutation, subscription) = ResolveRootTypes();
            ThrowIfErrors();

            var types = new List<INamedType>(_typeOrder.Count);
            foreach (var name in _typeOrder)
            {
                types.Add(_types[name]);
            }

            var schema = new Schema(
                _schemaDefinition?.Description?.Value,
                query,
                mutation,
                subscription,
                types,
                directives,
                _schemaDefinition,
                _schemaExtensions);
            DropDefaultsThatDoNotCoerce(schema);
            return schema;
        }

        private void Collect()
        {
            foreach (var definition in _document.Definitions)
            {
                switch (definition)
                {
                    case SchemaDefinitionNode schema:
                        _schemaDefinition = schema;
                        break;
                    case SchemaExtensionNode schemaExtension:
                        _schemaExtensions.Add(schemaExtension);
                        break;
                    case ITypeDefinitionNode typeDefinition:
                        _typeDefinitions.Add(typeDefinition);
                        break;
                    case ITypeExtensionNode extension:
                        if (!_extensions.TryGetValue(extension.Name.Value, out var list))
                        {
                            list = [];
                            _extensions.Add(extension.Name.Value, list);
                        }

                        list.Add(extension);
                        break;
                    case DirectiveDefinitionNode directive:
                        _directiveDefinitions.Add(directive);
                        break;
                }
            }
        }

        // Like graphql-js, a later definition of a name replaces an earlier one but keeps its position,
        // and redefining a built-in scalar or introspection type keeps the built-in.
        private void CreateTypes()
        {
            foreach (var definition in _typeDefinitions)
            {
                var name = definition.Name.Value;
                var type = StandardType(name) ?? CreateType(definition);
                if (!_types.ContainsKey(name))
                {
                    _typeOrder.Add(name);
                }

                _types[name] = type;
            }
        }

        private static INamedType? StandardType(string name)
        {
            foreach (var scalar in SpecifiedScalars.All)
            {
                if (scalar.Name == name)
                {
                    return scalar;
                }
            }

            foreach (var type in Introspection.Types)
            {
                if (type.Name == name)
                {
                    return type;
                }
            }

            return null;
        }

        private INamedType CreateType(ITypeDefinitionNode definition)
        {
            var name = definition.Name.Value;
            var description = definition.Description?.Value;
            INamedType type = definition switch
            {
                ScalarTypeDefinitionNode scalar => _boundScalars.GetValueOrDefault(name)
                    ?? new ScalarType(name, description, SpecifiedByUrl(scalar.Directives), scalar),
                ObjectTypeDefinitionNode obj => new ObjectType(name, description, obj),
                InterfaceTypeDefinitionNode iface => new InterfaceType(name, description, iface),
                UnionTypeDefinitionNode union => new UnionType(name, description, union),
                EnumTypeDefinitionNode enumType => new EnumType(name, description, enumType),
                InputObjectTypeDefinitionNode input => new InputObjectType(name, description, HasDirective(input.Directives, "oneOf"), input),
                _ => throw new NotSupportedException($"Unknown type definition {definition.Kind}."),
            };

            if (_extensions.TryGetValue(name, out var extensions))
            {
                foreach (var extension in extensions)
                {
                    AddExtension(type, extension);
                }
            }

            return type;
        }

        private static void AddExtension(INamedType type, ITypeExtensionNode extension)
        {
            switch (type)
            {
                case ScalarType scalar when extension is ScalarTypeExtensionNode:
                    scalar.AddExtension(extension);
                    break;
                case ObjectType obj when extension is ObjectTypeExtensionNode:
                    obj.AddExtension(extension);
                    break;
                case InterfaceType iface when extension is InterfaceTypeExtensionNode:
                    iface.AddExtension(extension);
                    break;
                case UnionType union when extension is UnionTypeExtensionNode:
                    union.AddExtension(extension);
                    break;
                case EnumType enumType when extension is EnumTypeExtensionNode:
                    enumType.AddExtension(extension);
                    break;
                case InputObjectType input when extension is InputObjectTypeExtensionNode:
                    input.AddExtension(extension);
                    break;
            }
        }

        private (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription) ResolveRootTypes()
        {
            INamedType? query = null;
            INamedType? mutation = null;
            INamedType? subscription = null;
            List<OperationTypeDefinitionNode>? nodes = null;
            if (_schemaDefinition is not null)
            {
                (nodes ??= []).AddRange(_schemaDefinition.OperationTypes);
            }

            foreach (var extension in _schemaExtensions)
            {
                (nodes ??= []).AddRange(extension.OperationTypes);
            }

            foreach (var node in nodes ?? [])
            {
                var type = NamedType(node.Type);
                switch (node.Operation)
                {
                    case OperationType.Query:
                        query = type;
                        break;
                    case OperationType.Mutation:
                        mutation = type;
                        break;
                    default:
                        subscription = type;
                        break;
                }
            }

            if (_schemaDefinition is null)
            {
                query = _types.GetValueOrDefault("Query") ?? query;
                mutation = _types.GetValueOrDefault("Mutation") ?? mutation;
                subscription = _types.GetValueOrDefault("Subscription") ?? subscription;
            }

            // A root that is not an object type stays unset here; schema validation reports it.
            return (query as ObjectType, mutation as ObjectType, subscription as ObjectType);
        }

        private void AddError(string message, ISyntaxNode? node)
            => _errors.Add(new GraphQLError(message)
            {
                Locations = node?.Location is { } location ? [new ErrorLocation(location.Line, location.Column)] : [],
            });

        private void ThrowIfErrors()
        {
            if (_errors.Count > 0)
            {
                throw new SchemaException(_errors);
            }
        }
    }
}
