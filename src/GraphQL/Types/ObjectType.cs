using KtPortal.GraphQL.Execution;
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

    /// <summary>The CLR type whose instances are values of this type, or <see langword="null"/>.</summary>
    public Type? RuntimeType { get; internal set; }

    /// <summary>
    /// Decides whether a value belongs to this type, for abstract types without a type resolver. When
    /// <see langword="null"/>, a value of <see cref="RuntimeType"/> belongs, and a dictionary whose
    /// <c>__typename</c> entry names this type belongs.
    /// </summary>
    public Func<object, IResolverContext, bool>? IsOfType { get; internal set; }

    // 0 unknown, 1 no, 2 yes: worked out on first use, when the schema is complete.
    private int _hasBatchResolvers;

    /// <summary>Whether a field of the type has a batch resolver, so that the items of its lists may be batched.</summary>
    internal bool HasBatchResolvers
    {
        get
        {
            if (_hasBatchResolvers == 0)
            {
                _hasBatchResolvers = Fields.Any(f => f.BatchResolver is not null) ? 2 : 1;
            }

            return _hasBatchResolvers == 2;
        }
    }
}
