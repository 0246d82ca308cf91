namespace KtPortal.GraphQL.Types;

/// <summary>
/// Encodes and decodes the opaque global IDs of Relay nodes. The default, <see cref="NodeIdSerializer"/>,
/// writes base64url of <c>TypeName:key</c>; register another implementation in the services to change it.
/// </summary>
public interface INodeIdSerializer
{
    /// <summary>The global ID of the node of type <paramref name="typeName"/> with the key <paramref name="key"/>.</summary>
    /// <param name="typeName">The GraphQL name of the node type.</param>
    /// <param name="key">The key: an <see cref="int"/>, <see cref="long"/>, <see cref="Guid"/> or <see cref="string"/>.</param>
    string Format(string typeName, object key);

    /// <summary>Decodes a global ID; <see langword="false"/> when it is not one this serializer wrote.</summary>
    /// <param name="id">The global ID as the client sent it.</param>
    /// <param name="nodeId">The type name and key.</param>
    bool TryParse(string id, out NodeId nodeId);

    /// <summary>Decodes a global ID.</summary>
    /// <param name="id">The global ID as the client sent it.</param>
    /// <exception cref="FormatException">The ID is not one this serializer wrote.</exception>
    NodeId Parse(string id)
        => TryParse(id, out var nodeId) ? nodeId : throw new FormatException("The value is not a valid node ID.");
}
