using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Execution.Internal;
using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.CostAnalysis;

/// <summary>
/// Computes the field cost and type cost of an operation before it runs, after validation and variable
/// coercion, so that slicing arguments and priced inputs given as variables are priced from their actual values.
/// </summary>
/// <remarks>
/// Per field: <c>fieldCost = weight + argument costs + (field cost of the sub-selection × list size)</c> and
/// <c>typeCost = (weight of the result type + type cost of the sub-selection) × list size</c>. Weights default
/// to 1 for composite and 0 for leaf types; the list size comes from the slicing arguments, else their default
/// values, else <c>assumedSize</c>, else 1. Sized fields take their parent's list size. Selections on an abstract
/// type take the most expensive of its possible types. Fields left out by <c>@skip</c> or <c>@include</c> cost
/// nothing. Thread-safe: every analysis has its own state.
/// </remarks>
// https://ibm.github.io/graphql-specs/cost-spec.html
internal sealed partial class CostAnalyzer(Schema schema, CostSchemaInfo info)
{
    private static readonly string[] NoSizedFields = [];

    public CostAnalysisResult Analyze(
        PreparedOperation operation,
        ObjectType rootType,
        IReadOnlyDictionary<string, object?> variables,
        IReadOnlyDictionary<string, object?>? rawVariables)
    {
        var walk = new Walk(schema, info, operation, variables, rawVariables);
        var (fieldCost, typeCost) = walk.ObjectCost(new SelectionSets(operation.Definition.SelectionSet, default), rootType, rootType, NoSizedFields, 1);
        return new CostAnalysisResult(new OperationCost(Finite(fieldCost), Finite(typeCost)), walk.Error, walk.UsedVariables);
    }

    // Nested list sizes multiply quickly; the figures stay finite so that they can be written as JSON numbers.
    private static double Finite(double value) => double.IsFinite(value) ? value : double.MaxValue;

    private sealed partial class Walk(
        Schema schema,
        CostSchemaInfo info,
        PreparedOperation operation,
        IReadOnlyDictionary<string, object?> variables,
        IReadOnlyDictionary<string, object?>? rawVariables)
    {
        private readonly Schema _schema = schema;
        private readonly CostSchemaInfo _info = info;

        // Fragments already spread while collecting one selection set; collection finishes before the fields it
        // found are priced, so one set serves the whole walk.
        private HashSet<string>? _visited;

        private readonly Stack<List<FieldGroup>> _groupPool = new();

        /// <summary>Whether a variable's value was read: the figures then hold for this request only.</summary>
        public bool UsedVariables { get; private set; }

        /// <summary>The first <c>requireOneSlicingArgument</c> violation, or <see langword="null"/>.</summary>
        public GraphQLError? Error { get; private set; }

        /// <summary>
        /// The cost of selection sets evaluated for <paramref name="type"/>: the field cost of its fields and the
        /// type cost including the type's own weight.
        /// </summary>
        public (double Field, double Type) SelectionCost(SelectionSets sets, INamedType type, string[] sizedFields, double sizedMultiplier)
        {
            switch (type)
            {
                case ObjectType objectType:
                    return ObjectCost(sets, objectType, objectType, sizedFields, sizedMultiplier);
                case IAbstractType abstractType:
                    var possibleTypes = _schema.GetPossibleTypes(abstractType);
                    _visited?.Clear();
                    if (!Narrows(sets, type))
                    {
                        // Without fragments on other types every possible type selects the same fields: price them
                        // once, on the abstract type's own definitions, with the heaviest possible type's weight.
                        var (field, own) = ObjectCost(sets, abstractType, abstractType as IComplexOutputType, sizedFields, sizedMultiplier);
                        var heaviest = 0.0;
                        foreach (var possible in possibleTypes)
                        {
                            heaviest = Math.Max(heaviest, _info.TypeWeight(possible));
                        }

                        return (field, own - _info.TypeWeight(type) + heaviest);
                    }

                    // https://ibm.github.io/graphql-specs/cost-spec.html
                    double maxField = 0, maxType = 0;
                    foreach (var possible in possibleTypes)
                    {
                        var (field, typeCost) = ObjectCost(sets, possible, possible, sizedFields, sizedMultiplier);
                        maxField = Math.Max(maxField, field);
                        maxType = Math.Max(maxType, typeCost);
                    }

                    return (maxField, maxType);
                default:
                    return (0, _info.TypeWeight(type));
            }
        }

        public (double Field, double Type) ObjectCost(
            SelectionSets sets,
            INamedType type,
            IComplexOutputType? fields,
            string[] sizedFields,
            double sizedMultiplier)
        {
            // The lists of collected fields are reused level by level: a walk allocates about one per depth.
            var groups = _groupPool.Count > 0 ? _groupPool.Pop() : new List<FieldGroup>(sets.FirstCount);
            _visited?.Clear();
            for (var i = 0; i < sets.Count; i++)
            {
                if (sets[i] is { } set)
                {
                    Collect(set, type, groups);
                }
            }

            double fieldCost = 0;
            double typeCost = _info.TypeWeight(type);
            foreach (var group in groups)
            {
                if (Definition(fields, group.First.Name.Value) is not { } definition)
                {
                    continue;
                }

                var multiplier = Array.IndexOf(sizedFields, definition.Name) >= 0 ? sizedMultiplier : 1;
                var (field, typeOfField) = FieldCost(definition, group, multiplier);
                fieldCost += field;
                typeCost += typeOfField;
            }

            groups.Clear();
            _groupPool.Push(groups);
            return (fieldCost, typeCost);
        }

        // https://ibm.github.io/graphql-specs/cost-spec.html
        private (double Field, double Type) FieldCost(OutputField definition, FieldGroup group, double multiplierFromParent)
        {
            if (ReferenceEquals(definition, Introspection.TypeNameField))
            {
                return (0, 0);
            }

            var node = group.First;
            var cost = _info.Field(definition);
            var argumentCost = ArgumentsCost(definition, node);
            var multiplier = multiplierFromParent;
            var sizedFields = NoSizedFields;
            double sizedMultiplier = 1;
            if (cost.ListSize is { } listSize)
            {
                var size = ListSizeOf(listSize, definition, node);
                if (listSize.SizedFields.Length > 0)
                {
                    sizedFields = listSize.SizedFields;
                    sizedMultiplier = size;
                }
                else
                {
                    multiplier = size;
                }
            }

            var named = definition.Type.NamedType();
            (double Field, double Type) children;
            if (named is ICompositeType)
            {
                children = SelectionCost(new SelectionSets(null, group), named, sizedFields, sizedMultiplier);
            }
            else
            {
                children = (0, _info.TypeWeight(named));
            }

            return (cost.Weight + argumentCost + (children.Field * multiplier), children.Type * multiplier);
        }

        // https://ibm.github.io/graphql-specs/cost-spec.html
        private double ListSizeOf(ListSize listSize, OutputField definition, FieldNode node)
        {
            double? size = null;
            var given = 0;
            var hasDefault = false;
            foreach (var path in listSize.SlicingArguments)
            {
                var (value, isGiven) = SlicingValue(definition, node, path);
                if (isGiven)
                {
                    given++;
                }
                else if (value is not null)
                {
                    hasDefault = true;
                }

                if (value is { } number)
                {
                    size = Math.Max(size ?? 0, Math.Max(0, number));
                }
            }

            if (listSize.RequireOneSlicingArgument && listSize.SlicingArguments.Length > 0 && (given > 1 || (given == 0 && !hasDefault)))
            {
                Error ??= new GraphQLError(
                    $"Exactly one slicing argument of \"{string.Join("\", \"", listSize.SlicingArguments)}\" is required on the field \"{definition.Coordinate}\".")
                {
                    Locations = FieldPlan.Locate([node]),
                    Code = ErrorCodes.ValidationFailed,
                };
            }

            return size ?? listSize.AssumedSize ?? 1;
        }

        private OutputField? Definition(IComplexOutputType? fields, string name)
        {
            if (name.StartsWith("__", StringComparison.Ordinal))
            {
                switch (name)
                {
                    case "__typename":
                        return Introspection.TypeNameField;
                    case "__schema" when ReferenceEquals(fields, _schema.QueryType):
                        return Introspection.SchemaField;
                    case "__type" when ReferenceEquals(fields, _schema.QueryType):
                        return Introspection.TypeField;
                }
            }

            return fields is not null && fields.Fields.TryGetField(name, out var field) ? field : null;
        }
    }
}
