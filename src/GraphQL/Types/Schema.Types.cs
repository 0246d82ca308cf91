using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace KtPortal.GraphQL.Types;

public sealed partial class Schema
{
    // graphql-js order: the given types start in an insertion-ordered set; each is then removed and
    // re-added followed by what it references, then come what the roots, the directive arguments and
    // __Schema reference.
    private static List<INamedType> CollectTypes(
        IEnumerable<INamedType> types,
        ObjectType? queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType,
        IReadOnlyList<DirectiveDefinition> directives)
    {
        var given = new List<INamedType>(types);
        var set = new OrderedTypeSet();
        foreach (var type in given)
        {
            set.Add(type);
        }

        foreach (var type in given)
        {
            set.Remove(type);
            Collect(type, set);
        }

        if (queryType is not null)
        {
            Collect(queryType, set);
        }

        if (mutationType is not null)
        {
            Collect(mutationType, set);
        }

        if (subscriptionType is not null)
        {
            Collect(subscriptionType, set);
        }

        foreach (var directive in directives)
        {
            foreach (var argument in directive.Arguments)
            {
                Collect(argument.Type.NamedType(), set);
            }
        }

        Collect(Introspection.SchemaType, set);
        return set.ToList();
    }

    // Depth-first pre-order like graphql-js, with an explicit stack so deep type graphs cannot overflow.
    private static void Collect(INamedType root, OrderedTypeSet set)
    {
        if (!set.Add(root))
        {
            return;
        }

        var enumerators = new Stack<IEnumerator<INamedType>>();
        enumerators.Push(References(root).GetEnumerator());
        while (enumerators.Count > 0)
        {
            var current = enumerators.Peek();
            if (!current.MoveNext())
            {
                current.Dispose();
                enumerators.Pop();
                continue;
            }

            var next = current.Current;
            if (set.Add(next))
            {
                enumerators.Push(References(next).GetEnumerator());
            }
        }
    }

    private static IEnumerable<INamedType> References(INamedType type)
    {
        switch (type)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    yield return member;
                }

                break;
            case IComplexOutputType complex:
                foreach (var iface in complex.Interfaces)
                {
                    yield return iface;
                }

                foreach (var field in complex.Fields)
                {
                    yield return field.Type.NamedType();
                    foreach (var argument in field.Arguments)
                    {
                        yield return argument.Type.NamedType();
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    yield return field.Type.NamedType();
                }

                break;
        }
    }

    /// <summary>An insertion-ordered set of types with removal, like a JavaScript <c>Set</c>.</summary>
    private sealed class OrderedTypeSet
    {
        private readonly LinkedList<INamedType> _order = new();
        private readonly Dictionary<INamedType, LinkedListNode<INamedType>> _nodes = new(ReferenceEqualityComparer.Instance);

        public bool Add(INamedType type)
        {
            if (_nodes.ContainsKey(type))
            {
                return false;
            }

            _nodes.Add(type, _order.AddLast(type));
            return true;
        }

        public void Remove(INamedType type)
        {
            if (_nodes.Remove(type, out var node))
            {
                _order.Remove(node);
            }
        }

        public List<INamedType> ToList() => [.. _order];
    }

    /// <summary>A read-only name map that enumerates in insertion order.</summary>
    private sealed class OrderedTypeMap(List<INamedType> ordered, Dictionary<string, INamedType> byName)
        : IReadOnlyDictionary<string, INamedType>
    {
        public INamedType this[string key] => byName[key];

        public IEnumerable<string> Keys
        {
            get
            {
                foreach (var type in ordered)
                {
                    yield return type.Name;
                }
            }
        }

        public IEnumerable<INamedType> Values => ordered;

        public int Count => ordered.Count;

        public bool ContainsKey(string key) => byName.ContainsKey(key);

        public bool TryGetValue(string key, [MaybeNullWhen(false)] out INamedType value) => byName.TryGetValue(key, out value);

        public IEnumerator<KeyValuePair<string, INamedType>> GetEnumerator()
        {
            foreach (var type in ordered)
            {
                yield return new KeyValuePair<string, INamedType>(type.Name, type);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>A read-only directive map that enumerates in definition order.</summary>
    private sealed class OrderedDirectiveMap(IReadOnlyList<DirectiveDefinition> ordered, Dictionary<string, DirectiveDefinition> byName)
        : IReadOnlyDictionary<string, DirectiveDefinition>
    {
        public DirectiveDefinition this[string key] => byName[key];

        public IEnumerable<string> Keys
        {
            get
            {
                foreach (var directive in ordered)
                {
                    yield return directive.Name;
                }
            }
        }

        public IEnumerable<DirectiveDefinition> Values => ordered;

        public int Count => byName.Count;

        public bool ContainsKey(string key) => byName.ContainsKey(key);

        public bool TryGetValue(string key, [MaybeNullWhen(false)] out DirectiveDefinition value) => byName.TryGetValue(key, out value);

        public IEnumerator<KeyValuePair<string, DirectiveDefinition>> GetEnumerator()
        {
            foreach (var directive in ordered)
            {
                yield return new KeyValuePair<string, DirectiveDefinition>(directive.Name, directive);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
