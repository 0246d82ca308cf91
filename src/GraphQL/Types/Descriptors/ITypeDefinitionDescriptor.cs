using KtPortal.GraphQL.Types.CodeFirst;

namespace KtPortal.GraphQL.Types;

/// <summary>A type descriptor of the engine, whose recorded data extension methods may add to.</summary>
internal interface ITypeDefinitionDescriptor
{
    TypeDefinitionData Data { get; }
}
