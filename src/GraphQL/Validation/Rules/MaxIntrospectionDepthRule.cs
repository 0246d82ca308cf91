using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation.Rules;

/// <summary>
/// Bounds how deeply introspection queries nest the list fields <c>fields</c>, <c>interfaces</c>,
/// <c>possibleTypes</c> and <c>inputFields</c> (at most two levels), so introspection cannot be used
/// for denial of service.
/// </summary>
public sealed class MaxIntrospectionDepthRule : ValidationRule
{
    private const int MaxListsDepth = 3;

    // For each fragment, the smallest entry depth at which a check through it completed or hit the limit.
    private readonly Dictionary<string, int> _checkedFragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _exceededFragments = new(StringComparer.Ordinal);

    // Fields inside an already reported introspection field are not checked again.
    private FieldNode? _skipped;

    /// <inheritdoc/>
    public override string Name => "MaxIntrospectionDepthRule";

    /// <inheritdoc/>
    public override void EnterField(ValidationContext context, FieldNode node)
    {
        if (_skipped is not null || node.Name.Value is not ("__schema" or "__type"))
        {
            return;
        }

        if (CheckDepth(context, node, new Dictionary<string, int>(StringComparer.Ordinal), 0))
        {
            context.ReportError("Maximum introspection depth exceeded", node);
            _skipped = node;
        }
    }

    /// <inheritdoc/>
    public override void LeaveField(ValidationContext context, FieldNode node)
    {
        if (ReferenceEquals(_skipped, node))
        {
            _skipped = null;
        }
    }

    private bool CheckDepth(ValidationContext context, ISelectionNode node, Dictionary<string, int> visitedFragments, int depth)
    {
        switch (node)
        {
            case FragmentSpreadNode spread:
                var fragmentName = spread.Name.Value;
                if (_exceededFragments.TryGetValue(fragmentName, out var exceededDepth) && exceededDepth <= depth)
                {
                    return true;
                }

                // At equal or shallower entry depths, revisits are skipped to break cycles.
                if ((visitedFragments.TryGetValue(fragmentName, out var visitedDepth) && visitedDepth >= depth)
                    || (_checkedFragments.TryGetValue(fragmentName, out var checkedDepth) && checkedDepth >= depth))
                {
                    return false;
                }

                if (context.GetFragment(fragmentName) is not { } fragment)
                {
                    return false;
                }

                visitedFragments[fragmentName] = depth;
                if (CheckSelections(context, fragment.SelectionSet, visitedFragments, depth))
                {
                    _exceededFragments[fragmentName] = depth;
                    return true;
                }

                _checkedFragments[fragmentName] = depth;
                return false;
            case FieldNode field:
                if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields")
                {
                    depth++;
                    if (depth >= MaxListsDepth)
                    {
                        return true;
                    }
                }

                return field.SelectionSet is not null && CheckSelections(context, field.SelectionSet, visitedFragments, depth);
            case InlineFragmentNode inline:
                return CheckSelections(context, inline.SelectionSet, visitedFragments, depth);
            default:
                return false;
        }
    }

    private bool CheckSelections(ValidationContext context, SelectionSetNode selectionSet, Dictionary<string, int> visitedFragments, int depth)
    {
        foreach (var child in selectionSet.Selections)
        {
            if (CheckDepth(context, child, visitedFragments, depth))
            {
                return true;
            }
        }

        return false;
    }
}
