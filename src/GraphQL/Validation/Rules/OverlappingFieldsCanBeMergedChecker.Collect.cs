using System.Runtime.CompilerServices;
using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation.Rules;

internal sealed partial class OverlappingFieldsCanBeMergedChecker
{
    private readonly Dictionary<SelectionSetKey, CollectedFields> _collected = new();
    private readonly Dictionary<string, CollectedFields?> _fragmentFields = new(StringComparer.Ordinal);

    // https://spec.graphql.org/October2021/#CollectFields()
    // Collected per (parent type, selection set node), like graphql-js: a document built in code may
    // share one selection set node under two parent types.
    private CollectedFields CollectFields(INamedType? parentType, SelectionSetNode selectionSet)
    {
        var key = new SelectionSetKey(parentType, selectionSet);
        if (_collected.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var collected = new CollectedFields();
        CollectFieldsInto(collected, parentType, selectionSet);
        _collected.Add(key, collected);
        return collected;
    }

    // The collected fields of a fragment by name, or null for an unknown fragment.
    private CollectedFields? FragmentFields(string name)
    {
        if (!_fragmentFields.TryGetValue(name, out var collected))
        {
            collected = _getFragment(name) is { } fragment
                ? CollectFields(TypeFromCondition(fragment.TypeCondition), fragment.SelectionSet)
                : null;
            _fragmentFields.Add(name, collected);
        }

        return collected;
    }

    // Whether the selection set spreads a fragment anywhere below it, kept with its collected fields.
    private bool HasSpreads(CollectedFields collected, SelectionSetNode selectionSet)
        => collected.HasSpreads ??= HasSpreads(selectionSet);

    private void CollectFieldsInto(CollectedFields collected, INamedType? parentType, SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    AddField(collected, parentType, field);
                    break;
                case FragmentSpreadNode spread:
                    collected.AddFragmentName(spread.Name.Value);
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is null ? parentType : TypeFromCondition(inline.TypeCondition);
                    CollectFieldsInto(collected, inlineType, inline.SelectionSet);
                    break;
            }
        }
    }

    private void AddField(CollectedFields collected, INamedType? parentType, FieldNode field)
    {
        var fieldName = field.Name.Value;

        // Only declared fields count: graphql-js looks the name up in the type's own field map, which
        // holds no meta fields such as __typename.
        OutputField? definition = null;
        if (parentType is IComplexOutputType complex)
        {
            complex.Fields.TryGetField(fieldName, out definition);
        }

        var details = new FieldDetails(parentType, field, definition);
        collected.AddField(field.Alias?.Value ?? fieldName, details);
    }

    private INamedType? TypeFromCondition(NamedTypeNode typeCondition)
        => _schema.TryGetType(typeCondition.Name.Value, out var type) ? type : null;

    /// <summary>One occurrence of a field in a collected selection set.</summary>
    private sealed class FieldDetails(INamedType? parentType, FieldNode node, OutputField? definition)
    {
        public INamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public OutputField? Definition { get; } = definition;

        /// <summary>The field's class (its parent type plus its structure), once it was needed.</summary>
        public int? ClassId { get; set; }

        public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;

        /// <summary>Argument name to canonical value, built when the field first overlaps another.</summary>
        public Dictionary<string, string>? ArgumentValues { get; set; }
    }

    /// <summary>All fields of one response name within a collected selection set.</summary>
    private sealed class FieldGroup(string responseName, int index)
    {

        public string ResponseName { get; } = responseName;

        /// <summary>The group's position among its selection set's groups.</summary>
        public int Index { get; } = index;

        public List<FieldDetails> Fields { get; } = [];

        /// <summary>The classes of <see cref="Fields"/>, built when first needed.</summary>
        public ClassLayout? Layout { get; set; }
    }

    /// <summary>A selection set's fields grouped by response name, and the fragments it spreads.</summary>
    private sealed class CollectedFields
    {
        private readonly Dictionary<string, FieldGroup> _byResponseName = new(StringComparer.Ordinal);
        private HashSet<string>? _fragmentNameSet;

        /// <summary>The groups in order of first appearance.</summary>
        public List<FieldGroup> Groups { get; } = [];

        /// <summary>The fragment names spread, each once, in order of first appearance.</summary>
        public List<string> FragmentNames { get; } = [];

        /// <summary>Fragments already compared with these fields, and whether only mutually exclusively.</summary>
        public Dictionary<string, bool>? ComparedFragments { get; set; }

        /// <summary>Overlapping groups against another collected selection set, as graphql-js caches them.</summary>
        public Dictionary<CollectedFields, List<(FieldGroup Group1, FieldGroup Group2)>>? Overlaps { get; set; }

        /// <summary>The classes of <see cref="FragmentNames"/>, built when first needed.</summary>
        public ClassLayout? FragmentLayout { get; set; }

        /// <summary>Whether a fragment is spread anywhere below, once asked.</summary>
        public bool? HasSpreads { get; set; }

        public bool TryGetGroup(string responseName, out FieldGroup group)
            => _byResponseName.TryGetValue(responseName, out group!);

        public void AddField(string responseName, FieldDetails details)
        {
            if (!_byResponseName.TryGetValue(responseName, out var group))
            {
                group = new FieldGroup(responseName, Groups.Count);
                _byResponseName.Add(responseName, group);
                Groups.Add(group);
            }

            group.Fields.Add(details);
        }

        public void AddFragmentName(string name)
        {
            if ((_fragmentNameSet ??= new HashSet<string>(StringComparer.Ordinal)).Add(name))
            {
                FragmentNames.Add(name);
            }
        }
    }

    private readonly record struct SelectionSetKey(INamedType? ParentType, SelectionSetNode SelectionSet)
    {
        public bool Equals(SelectionSetKey other)
            => ReferenceEquals(ParentType, other.ParentType) && ReferenceEquals(SelectionSet, other.SelectionSet);

        public override int GetHashCode()
            => HashCode.Combine(RuntimeHelpers.GetHashCode(ParentType), RuntimeHelpers.GetHashCode(SelectionSet));
    }
}
