namespace KtPortal.GraphQL.Types;

public sealed partial class Schema
{
    private readonly Dictionary<string, Implementations> _implementations;

    /// <summary>The object types that may be the runtime type of <paramref name="abstractType"/>.</summary>
    // https://spec.graphql.org/October2021/#GetPossibleTypes()
    public IReadOnlyList<ObjectType> GetPossibleTypes(IAbstractType abstractType) => abstractType switch
    {
        UnionType union => union.Types,
        InterfaceType iface => _implementations.TryGetValue(iface.Name, out var found) ? found.Objects : [],
        _ => [],
    };

    /// <summary>The interfaces that implement <paramref name="interfaceType"/>.</summary>
    public IReadOnlyList<InterfaceType> GetImplementingInterfaces(InterfaceType interfaceType)
        => _implementations.TryGetValue(interfaceType.Name, out var found) ? found.Interfaces : [];

    /// <summary>Whether <paramref name="objectType"/> is a possible runtime type of <paramref name="abstractType"/>.</summary>
    public bool IsPossibleType(IAbstractType abstractType, ObjectType objectType) => IsSubType(abstractType, objectType);

    /// <summary>
    /// Whether <paramref name="maybeSubType"/> is a member of the union, or an object or interface that
    /// implements the interface <paramref name="abstractType"/>.
    /// </summary>
    public bool IsSubType(IAbstractType abstractType, ICompositeType maybeSubType)
    {
        switch (abstractType)
        {
            case UnionType union:
                return maybeSubType is ObjectType member && union.ContainsType(member);
            case InterfaceType iface when _implementations.TryGetValue(iface.Name, out var found):
                return maybeSubType switch
                {
                    ObjectType obj => found.ObjectSet.Contains(obj),
                    InterfaceType sub => found.InterfaceSet.Contains(sub),
                    _ => false,
                };
            default:
                return false;
        }
    }

    private static Dictionary<string, Implementations> BuildImplementations(List<INamedType> types)
    {
        var map = new Dictionary<string, Implementations>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            if (type is IComplexOutputType complex)
            {
                foreach (var iface in complex.Interfaces)
                {
                    if (!map.TryGetValue(iface.Name, out var implementations))
                    {
                        implementations = new Implementations();
                        map.Add(iface.Name, implementations);
                    }

                    implementations.Add(complex);
                }
            }
        }

        return map;
    }

    private sealed class Implementations
    {
        public List<ObjectType> Objects { get; } = [];

        public List<InterfaceType> Interfaces { get; } = [];

        public HashSet<ObjectType> ObjectSet { get; } = new(ReferenceEqualityComparer.Instance);

        public HashSet<InterfaceType> InterfaceSet { get; } = new(ReferenceEqualityComparer.Instance);

        public void Add(IComplexOutputType type)
        {
            if (type is ObjectType obj)
            {
                Objects.Add(obj);
                ObjectSet.Add(obj);
            }
            else if (type is InterfaceType iface)
            {
                Interfaces.Add(iface);
                InterfaceSet.Add(iface);
            }
        }
    }
}
