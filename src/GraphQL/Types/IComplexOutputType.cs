namespace KtPortal.GraphQL.Types;

/// <summary>A type that declares fields and may implement interfaces: object or interface.</summary>
public interface IComplexOutputType : ICompositeType
{
    /// <summary>The fields, in definition order.</summary>
    FieldCollection<OutputField> Fields { get; }

    /// <summary>The interfaces this type implements, in definition order.</summary>
    IReadOnlyList<InterfaceType> Interfaces { get; }

    /// <summary>Whether this type declares that it implements <paramref name="interfaceType"/>.</summary>
    bool Implements(InterfaceType interfaceType);
}
