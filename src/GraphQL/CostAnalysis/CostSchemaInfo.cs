using System.Globalization;
using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.CostAnalysis;

/// <summary>
/// The <c>@cost</c> and <c>@listSize</c> applications of one schema, read once from its definitions: field
/// weights and list sizes, argument and input-field weights, type weights, and which input types carry weights
/// at all (so that arguments without any are never walked).
/// </summary>
internal sealed class CostSchemaInfo
{
    private static readonly FieldCost Composite = new(1, null);
    private static readonly FieldCost Leaf = new(0, null);

    private readonly Dictionary<OutputField, FieldCost> _fields = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IInputValueDefinition, double> _inputWeights = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<INamedType, double> _typeWeights = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<InputObjectType> _weightedInputs = new(ReferenceEqualityComparer.Instance);

    public CostSchemaInfo(Schema schema)
    {
        var inputs = new List<InputObjectType>();
        foreach (var type in schema.TypeList)
        {
            if (Weight(type.SyntaxNode) is { } typeWeight)
            {
                _typeWeights[type] = typeWeight;
            }

            foreach (var extension in type.ExtensionSyntaxNodes)
            {
                if (Weight(extension) is { } extensionWeight)
                {
                    _typeWeights[type] = extensionWeight;
                }
            }

            switch (type)
            {
                case IComplexOutputType complex:
                    foreach (var field in complex.Fields)
                    {
                        ReadField(field);
                    }

                    break;
                case InputObjectType input:
                    inputs.Add(input);
                    foreach (var field in input.Fields)
                    {
                        ReadInputValue(field);
                    }

                    break;
            }
        }

        MarkWeightedInputs(inputs);
    }

    /// <summary>Whether any argument or input field of the schema has a weight.</summary>
    public bool HasInputWeights => _inputWeights.Count > 0;

    /// <summary>The field's weight (its <c>@cost</c>, else 1 for composite and 0 for leaf types) and list size.</summary>
    public FieldCost Field(OutputField field)
        => _fields.TryGetValue(field, out var cost) ? cost : field.Type.NamedType() is ICompositeType ? Composite : Leaf;

    /// <summary>The <c>@cost</c> of an argument or input field; 0 without one.</summary>
    public double InputWeight(IInputValueDefinition value) => _inputWeights.GetValueOrDefault(value);

    /// <summary>Whether pricing a value of this type can add anything: it has weighted fields, directly or nested.</summary>
    public bool IsWeighted(IInputValueDefinition value)
        => _inputWeights.ContainsKey(value) || (value.Type.NamedType() is InputObjectType input && _weightedInputs.Contains(input));

    /// <summary>Whether an input object type has weighted fields, directly or nested.</summary>
    public bool IsWeighted(InputObjectType type) => _weightedInputs.Contains(type);

    /// <summary>The type's weight for the type cost: its <c>@cost</c>, else 1 for object types and 0 for leaf types.</summary>
    public double TypeWeight(INamedType type)
        => _typeWeights.TryGetValue(type, out var weight) ? weight : type is ILeafType ? 0 : 1;

    private void ReadField(OutputField field)
    {
        foreach (var argument in field.Arguments)
        {
            ReadInputValue(argument);
        }

        if (field.SyntaxNode is not { } node)
        {
            return;
        }

        var weight = Weight(node);
        var listSize = ListSize(node.Directives);
        if (weight is null && listSize is null)
        {
            return;
        }

        _fields[field] = new FieldCost(weight ?? (field.Type.NamedType() is ICompositeType ? 1 : 0), listSize);
    }

    private void ReadInputValue(IInputValueDefinition value)
    {
        if (Weight(value.SyntaxNode) is { } weight)
        {
            _inputWeights[value] = weight;
        }
    }

    // An input type is weighted when one of its fields is, or has a weighted input type; types can refer to each
    // other in cycles, so this runs to a fixed point.
    private void MarkWeightedInputs(List<InputObjectType> inputs)
    {
        bool changed;
        do
        {
            changed = false;
            foreach (var input in inputs)
            {
                if (_weightedInputs.Contains(input))
                {
                    continue;
                }

                foreach (var field in input.Fields)
                {
                    if (_inputWeights.ContainsKey(field) || (field.Type.NamedType() is InputObjectType nested && _weightedInputs.Contains(nested)))
                    {
                        _weightedInputs.Add(input);
                        changed = true;
                        break;
                    }
                }
            }
        }
        while (changed);
    }

    // https://ibm.github.io/graphql-specs/cost-spec.html
    private static double? Weight(IHasDirectives? node)
    {
        if (node is null || Find(node.Directives, CostDirectives.Cost) is not { } cost)
        {
            return null;
        }

        // The weight is a String! by the specification; a number literal (which SDL validation lets through) is
        // read the same way rather than ignored.
        var text = Argument(cost, "weight") switch
        {
            StringValueNode value => value.Value,
            IntValueNode value => value.Value,
            FloatValueNode value => value.Value,
            _ => null,
        };
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) && double.IsFinite(weight)
            ? weight
            : null;
    }

    // https://ibm.github.io/graphql-specs/cost-spec.html
    private static ListSize? ListSize(IReadOnlyList<DirectiveNode> directives)
    {
        if (Find(directives, CostDirectives.ListSize) is not { } listSize)
        {
            return null;
        }

        int? assumedSize = Argument(listSize, "assumedSize") is IntValueNode size
            && int.TryParse(size.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        var requireOne = Argument(listSize, "requireOneSlicingArgument") is not BooleanValueNode { Value: false };
        return new ListSize(assumedSize, Strings(Argument(listSize, "slicingArguments")), Strings(Argument(listSize, "sizedFields")), requireOne);
    }

    private static string[] Strings(IValueNode? value) => value switch
    {
        ListValueNode list => [.. list.Values.OfType<StringValueNode>().Select(s => s.Value)],
        StringValueNode single => [single.Value],
        _ => [],
    };

    private static DirectiveNode? Find(IReadOnlyList<DirectiveNode> directives, string name)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == name)
            {
                return directive;
            }
        }

        return null;
    }

    private static IValueNode? Argument(DirectiveNode directive, string name)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument.Value;
            }
        }

        return null;
    }
}
