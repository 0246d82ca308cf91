namespace KtPortal.GraphQL.Types;

/// <summary>
/// The base of descriptor types (<see cref="ObjectType{T}"/>, <see cref="EnumType{T}"/>,
/// <see cref="InputObjectType{T}"/>, <see cref="ObjectTypeExtension"/>, <see cref="DirectiveType"/>): a class
/// that describes one schema element by overriding <c>Configure</c>. It is read once, when the schema is built.
/// </summary>
public abstract class TypeSystemDefinition
{
    private protected TypeSystemDefinition()
    {
    }

    /// <summary>The CLR type the definition describes, or <see langword="null"/>.</summary>
    internal abstract Type? RuntimeType { get; }

    /// <summary>Runs <c>Configure</c> and returns what it recorded.</summary>
    internal abstract CodeFirst.TypeDefinitionData Describe();
}
