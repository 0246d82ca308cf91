using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>An object type.</summary>
// https://spec.graphql.org/October2021/#sec-Objects
public sealed class ObjectType : ComplexOutputType<ObjectTypeDefinitionNode>
{
    /// <summary>Creates an object type; fields and interfaces are set by <c>Complete</c>.</summary>
    internal ObjectType(string name, string? description, ObjectTypeDefinitionNode? syntaxNode)
        : base(name, description, syntaxNode)
    {
    }

    /// <summary>Creates a complete object type.</summary>
    public ObjectType(string name, IEnumerable<OutputField> fields, IEnumerable<InterfaceType>? interfaces = null, string? description = null)
        : base(name, description, null)
        => CompleteFromCode(name, fields, interfaces);

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Object;
}
