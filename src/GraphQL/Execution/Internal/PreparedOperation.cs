using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Execution.Internal;

/// <summary>
/// An operation with what every run of it shares: whether it introspects, whether field collection depends on
/// variables, its root field plans and its cost when that depends on no variable.
/// </summary>
internal sealed class PreparedOperation
{
    private FieldPlan[]? _rootPlans;
    private CostAnalysis.CostAnalysisResult? _staticCost;

    public PreparedOperation(OperationDefinitionNode definition, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        Definition = definition;
        Fragments = fragments;
        var scan = new Scan(fragments);
        scan.Visit(definition.SelectionSet);
        UsesIntrospection = scan.UsesIntrospection;
        CanCachePlans = !scan.HasVariableConditions;
    }

    public OperationDefinitionNode Definition { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>Whether <c>__schema</c> or <c>__type</c> is selected anywhere, fragments included.</summary>
    public bool UsesIntrospection { get; }

    /// <summary>Whether field collection is the same for every request (no <c>@skip</c>/<c>@include</c> on variables).</summary>
    public bool CanCachePlans { get; }

    /// <summary>
    /// The cost analysis of this operation when it read no variable values (the same for every request), set by
    /// the first request that computes it.
    /// </summary>
    public CostAnalysis.CostAnalysisResult? StaticCost
    {
        get => Volatile.Read(ref _staticCost);
        set => Volatile.Write(ref _staticCost, value);
    }

    public FieldPlan[] GetRootPlans(FieldCollector collector, ObjectType rootType)
    {
        if (!CanCachePlans)
        {
            return collector.CollectRoot(rootType, Definition.SelectionSet);
        }

        return _rootPlans ??= collector.CollectRoot(rootType, Definition.SelectionSet);
    }

    private sealed class Scan(IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);

        public bool UsesIntrospection { get; private set; }

        public bool HasVariableConditions { get; private set; }

        public void Visit(SelectionSetNode selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        CheckDirectives(field.Directives);
                        if (field.Name.Value is "__schema" or "__type")
                        {
                            UsesIntrospection = true;
                        }

                        if (field.SelectionSet is not null)
                        {
                            Visit(field.SelectionSet);
                        }

                        break;
                    case InlineFragmentNode inline:
                        CheckDirectives(inline.Directives);
                        Visit(inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread:
                        CheckDirectives(spread.Directives);
                        if (_visited.Add(spread.Name.Value) && fragments.TryGetValue(spread.Name.Value, out var fragment))
                        {
                            Visit(fragment.SelectionSet);
                        }

                        break;
                }
            }
        }

        private void CheckDirectives(IReadOnlyList<DirectiveNode> directives)
        {
            foreach (var directive in directives)
            {
                foreach (var argument in directive.Arguments)
                {
                    if (LiteralCoercion.HasVariables(argument.Value))
                    {
                        HasVariableConditions = true;
                    }
                }
            }
        }
    }
}
