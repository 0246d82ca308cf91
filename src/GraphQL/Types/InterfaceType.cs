using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>An interface type; interfaces may implement other interfaces.</summary>
// https://spec.graphql.org/October2021/#sec-Interfaces
public sealed class InterfaceType : ComplexOutputType<InterfaceTypeDefinitionNode>, IAbstractType
{
    /// <summary>Creates an interface type; fields and interfaces are set by <c>Complete</c>.</summary>
    internal InterfaceType(string name, string? description, InterfaceTypeDefinitionNode? syntaxNode)
        : base(name, description, syntaxNode)
    {
    }

    /// <summary>Creates a complete interface type.</summary>
    public InterfaceType(string name, IEnumerable<OutputField> fields, IEnumerable<InterfaceType>? interfaces = null, string? description = null)
        : base(name, description, null)
        => CompleteFromCode(name, fields, interfaces);

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Interface;

    /// <inheritdoc/>
    public Func<object, IResolverContext, ObjectType?>? ResolveType { get; internal set; }
}
