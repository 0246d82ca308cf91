using System.Buffers;
using System.Text;
using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation.Rules;

// A shape is a number standing for a node's structure without its locations and directives: two field
// nodes with the same shape select the same thing in the same way. Shapes are built bottom-up, each
// from its children's shapes, so the whole document is described in time linear in its size.
//
// A class is a parent type plus a shape, and classes let one comparison stand for many. That is sound
// only where a comparison's outcome depends on nothing but the two shapes: graphql-js's fragment memos
// (keyed by fragment name and by the very selection set compared) make any comparison that reaches a
// fragment spread depend on what was compared before. So a field or fragment whose structure spreads a
// fragment anywhere gets a class of its own (a negative id), which is never shared and never learned from.
internal sealed partial class OverlappingFieldsCanBeMergedChecker
{
    private const char Separator = '\u0001';

    private readonly Dictionary<string, int> _shapeIds = new(StringComparer.Ordinal);
    private readonly Dictionary<FieldNode, int> _fieldShapes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<SelectionSetNode, int> _selectionSetShapes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IValueNode, string> _canonicalValues = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(int Type, int Shape), int> _classIds = new();
    private readonly Dictionary<INamedType, int> _typeIds = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<int> _shapesWithSpreads = [];
    private readonly List<int> _classCounts = [];
    private readonly StringBuilder _keyBuilder = new();
    private readonly StringBuilder _valueBuilder = new();
    private int _uniqueClasses;

    // Computed on demand: a field that never meets another field of its response name needs no shape.
    private int ClassOf(FieldDetails field)
    {
        if (field.ClassId is { } classId)
        {
            return classId;
        }

        var shape = FieldShape(field.Node);
        classId = _shapesWithSpreads.Contains(shape) ? UniqueClass() : ClassId(field.ParentType, shape);
        if (IsShared(classId))
        {
            _classCounts[classId]++;
        }

        field.ClassId = classId;
        return classId;
    }

    // Whether more than one field seen so far has this class, so that a verdict on it may be reused.
    private bool IsRecurring(int classId) => _classCounts[classId] > 1;

    private ClassLayout LayoutOf(FieldGroup group)
    {
        if (group.Layout is { } layout)
        {
            return layout;
        }

        var classes = new int[group.Fields.Count];
        for (var i = 0; i < classes.Length; i++)
        {
            classes[i] = ClassOf(group.Fields[i]);
        }

        return group.Layout = new ClassLayout(classes);
    }

    /// <summary>Whether a shape shared by two nodes lets one comparison stand for both.</summary>
    private static bool IsShared(int classId) => classId >= 0;

    private int UniqueClass() => -1 - _uniqueClasses++;

    private bool HasSpreads(SelectionSetNode selectionSet) => _shapesWithSpreads.Contains(SelectionSetShape(selectionSet));

    private int ClassId(INamedType? parentType, int shape)
    {
        var key = (TypeIdentity(parentType), shape);
        if (!_classIds.TryGetValue(key, out var classId))
        {
            classId = _classIds.Count;
            _classIds.Add(key, classId);
            _classCounts.Add(0);
        }

        return classId;
    }

    private int TypeIdentity(INamedType? type)
    {
        if (type is null)
        {
            return 0;
        }

        if (!_typeIds.TryGetValue(type, out var id))
        {
            id = _typeIds.Count + 1;
            _typeIds.Add(type, id);
        }

        return id;
    }

    private int FieldShape(FieldNode field)
    {
        if (_fieldShapes.TryGetValue(field, out var shape))
        {
            return shape;
        }

        // Children first: the key builder is shared, so nothing may recurse while a key is being built.
        var selectionShape = field.SelectionSet is null ? -1 : SelectionSetShape(field.SelectionSet);
        foreach (var argument in field.Arguments)
        {
            CanonicalValue(argument.Value);
        }

        var key = _keyBuilder.Clear().Append('F');
        key.Append(field.Alias?.Value).Append(Separator).Append(field.Name.Value).Append(Separator);
        foreach (var argument in field.Arguments)
        {
            key.Append(argument.Name.Value).Append('=').Append(CanonicalValue(argument.Value)).Append(Separator);
        }

        key.Append('|').Append(selectionShape);
        shape = Intern(key);
        if (selectionShape >= 0 && _shapesWithSpreads.Contains(selectionShape))
        {
            _shapesWithSpreads.Add(shape);
        }

        _fieldShapes.Add(field, shape);
        return shape;
    }

    private int SelectionSetShape(SelectionSetNode selectionSet)
    {
        if (_selectionSetShapes.TryGetValue(selectionSet, out var shape))
        {
            return shape;
        }

        var selections = selectionSet.Selections;
        var children = ArrayPool<int>.Shared.Rent(selections.Count);
        var hasSpreads = false;
        for (var i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field:
                    children[i] = FieldShape(field);
                    hasSpreads |= _shapesWithSpreads.Contains(children[i]);
                    break;
                case InlineFragmentNode inline:
                    children[i] = SelectionSetShape(inline.SelectionSet);
                    hasSpreads |= _shapesWithSpreads.Contains(children[i]);
                    break;
                default:
                    hasSpreads = true;
                    break;
            }
        }

        var key = _keyBuilder.Clear().Append('S');
        for (var i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode:
                    key.Append('f').Append(children[i]);
                    break;
                case FragmentSpreadNode spread:
                    key.Append('s').Append(spread.Name.Value);
                    break;
                case InlineFragmentNode inline:
                    key.Append('i').Append(inline.TypeCondition?.Name.Value).Append(':').Append(children[i]);
                    break;
            }

            key.Append(Separator);
        }

        ArrayPool<int>.Shared.Return(children);
        shape = Intern(key);
        if (hasSpreads)
        {
            _shapesWithSpreads.Add(shape);
        }

        _selectionSetShapes.Add(selectionSet, shape);
        return shape;
    }

    private int Intern(StringBuilder key)
    {
        // Most keys repeat in hostile documents; look them up without allocating a string first.
        var lookup = _shapeIds.GetAlternateLookup<ReadOnlySpan<char>>();
        var length = key.Length;
        var buffer = ArrayPool<char>.Shared.Rent(length);
        key.CopyTo(0, buffer, 0, length);
        var span = new ReadOnlySpan<char>(buffer, 0, length);
        if (!lookup.TryGetValue(span, out var id))
        {
            id = _shapeIds.Count;
            lookup[span] = id;
        }

        ArrayPool<char>.Shared.Return(buffer);
        return id;
    }

    // Two argument values are the same when they have the same kind and value; variables by name,
    // object fields in any order (sorted by name, stably), lists in order, and a block string differs
    // from a quoted one. Strings are length-prefixed so that no value can imitate another.
    private string CanonicalValue(IValueNode value)
    {
        if (_canonicalValues.TryGetValue(value, out var cached))
        {
            return cached;
        }

        var builder = _valueBuilder.Clear();
        AppendCanonical(builder, value);
        cached = builder.ToString();
        _canonicalValues.Add(value, cached);
        return cached;
    }

    private void AppendCanonical(StringBuilder builder, IValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                builder.Append('$').Append(variable.Name.Value);
                break;
            case IntValueNode intValue:
                builder.Append('i').Append(intValue.Value);
                break;
            case FloatValueNode floatValue:
                builder.Append('f').Append(floatValue.Value);
                break;
            case StringValueNode stringValue:
                builder.Append(stringValue.Block ? 'B' : 'S')
                    .Append(stringValue.Value.Length).Append(':')
                    .Append(stringValue.Value);
                break;
            case BooleanValueNode booleanValue:
                builder.Append(booleanValue.Value ? "b1" : "b0");
                break;
            case NullValueNode:
                builder.Append('n');
                break;
            case EnumValueNode enumValue:
                builder.Append('e').Append(enumValue.Value);
                break;
            case ListValueNode list:
                builder.Append('[');
                foreach (var item in list.Values)
                {
                    AppendCanonical(builder, item);
                    builder.Append(',');
                }

                builder.Append(']');
                break;
            case ObjectValueNode obj:
                builder.Append('{');
                foreach (var field in SortedByName(obj.Fields))
                {
                    builder.Append(field.Name.Value).Append(':');
                    AppendCanonical(builder, field.Value);
                    builder.Append(',');
                }

                builder.Append('}');
                break;
        }
    }

    private static IEnumerable<ObjectFieldNode> SortedByName(IReadOnlyList<ObjectFieldNode> fields)
        => fields.Count <= 1 ? fields : fields.OrderBy(static field => field.Name.Value, StringComparer.Ordinal);
}
