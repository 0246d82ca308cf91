using System.Text;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation.Rules;

/// <summary>Fragments must not spread themselves, directly or through other fragments.</summary>
// https://spec.graphql.org/October2021/#sec-Fragment-spreads-must-not-form-cycles
public sealed class NoFragmentCyclesRule : ValidationRule
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = [];
    private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public override string Name => "NoFragmentCyclesRule";

    /// <inheritdoc/>
    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node)
        => DetectCycles(context, node);

    // Depth-first search; the explicit stack keeps long fragment chains from exhausting the call stack.
    private void DetectCycles(ValidationContext context, FragmentDefinitionNode root)
    {
        var frames = new Stack<Frame>();
        if (!TryEnter(context, root, frames))
        {
            return;
        }

        while (frames.Count > 0)
        {
            var frame = frames.Peek();
            if (frame.Next > 0)
            {
                _spreadPath.RemoveAt(_spreadPath.Count - 1);
            }

            if (frame.Next == frame.Spreads.Count)
            {
                _spreadPathIndexByName.Remove(frame.Name);
                frames.Pop();
                continue;
            }

            var spread = frame.Spreads[frame.Next++];
            var spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                ReportCycle(context, spreadName, cycleIndex);
            }
            else if (context.GetFragment(spreadName) is { } spreadFragment)
            {
                _ = TryEnter(context, spreadFragment, frames);
            }
        }
    }

    private bool TryEnter(ValidationContext context, FragmentDefinitionNode fragment, Stack<Frame> frames)
    {
        var name = fragment.Name.Value;
        if (!_visited.Add(name))
        {
            return false;
        }

        var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return false;
        }

        _spreadPathIndexByName[name] = _spreadPath.Count;
        frames.Push(new Frame(name, spreads));
        return true;
    }

    private void ReportCycle(ValidationContext context, string spreadName, int cycleIndex)
    {
        var cyclePath = _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex);
        var via = new StringBuilder();
        for (var i = 0; i < cyclePath.Count - 1; i++)
        {
            if (i > 0)
            {
                via.Append(", ");
            }

            via.Append('"').Append(cyclePath[i].Name.Value).Append('"');
        }

        var message = via.Length > 0
            ? $"Cannot spread fragment \"{spreadName}\" within itself via {via}."
            : $"Cannot spread fragment \"{spreadName}\" within itself.";
        context.ReportError(message, cyclePath);
    }

    private sealed class Frame(string name, IReadOnlyList<FragmentSpreadNode> spreads)
    {
        public string Name { get; } = name;

        public IReadOnlyList<FragmentSpreadNode> Spreads { get; } = spreads;

        public int Next { get; set; }
    }
}
