namespace KtPortal.GraphQL.Validation.Rules;

internal sealed partial class OverlappingFieldsCanBeMergedChecker
{
    /// <summary>Whether two classes were compared, under a given exclusivity, and what came out.</summary>
    private readonly record struct VerdictKey(int Class1, int Class2, bool AreMutuallyExclusive);

    /// <summary>A list of items by class: each distinct class once, with the positions it occupies.</summary>
    private sealed class ClassLayout
    {
        public ClassLayout(int[] classes)
        {
            Count = classes.Length;
            SlotOf = new int[classes.Length];
            var slots = new Dictionary<int, int>();
            var slotClasses = new List<int>();
            var positions = new List<List<int>>();
            for (var i = 0; i < classes.Length; i++)
            {
                if (!slots.TryGetValue(classes[i], out var slot))
                {
                    slot = slotClasses.Count;
                    slots.Add(classes[i], slot);
                    slotClasses.Add(classes[i]);
                    positions.Add([]);
                }

                SlotOf[i] = slot;
                positions[slot].Add(i);
            }

            SlotClass = [.. slotClasses];
            Positions = new int[positions.Count][];
            for (var s = 0; s < Positions.Length; s++)
            {
                Positions[s] = [.. positions[s]];
            }
        }

        public int Count { get; }

        /// <summary>Position to slot.</summary>
        public int[] SlotOf { get; }

        /// <summary>Slot to class id.</summary>
        public int[] SlotClass { get; }

        /// <summary>Slot to its positions, ascending.</summary>
        public int[][] Positions { get; }

        public int SlotCount => SlotClass.Length;
    }

    /// <summary>
    /// Visits the pairs (i, j) of two lists in graphql-js's order (i ascending, then j ascending; in a
    /// "within" walk only j &gt; i), but jumps over every j whose class is known to be conflict-free with
    /// the class of i (shared classes only; see <see cref="IsShared"/>). For each left class it keeps the
    /// right classes still worth visiting, and merges their positions through a heap, so the work per i is
    /// the number of candidate classes plus the pairs actually compared, times a logarithm.
    /// </summary>
    private sealed class PairWalk
    {
        private readonly Dictionary<VerdictKey, bool> _verdicts;
        private readonly bool _areMutuallyExclusive;
        private readonly ClassLayout _left;
        private readonly ClassLayout _right;
        private readonly bool _within;
        private readonly List<int>?[] _candidates;
        private readonly PriorityQueue<(int Slot, int Index), int> _cursors = new();
        private int _leftClass;
        private (int Slot, int Index) _current;

        public PairWalk(Dictionary<VerdictKey, bool> verdicts, bool areMutuallyExclusive, ClassLayout left, ClassLayout right, bool within)
        {
            _verdicts = verdicts;
            _areMutuallyExclusive = areMutuallyExclusive;
            _left = left;
            _right = right;
            _within = within;
            _candidates = new List<int>?[left.SlotCount];
        }

        public bool AreMutuallyExclusive => _areMutuallyExclusive;

        /// <summary>Starts the pairs of left item <paramref name="i"/>.</summary>
        public void Begin(int i)
        {
            var leftSlot = _left.SlotOf[i];
            _leftClass = _left.SlotClass[leftSlot];
            _cursors.Clear();

            var candidates = _candidates[leftSlot] ??= AllSlots(_right.SlotCount);
            var lowerBound = _within ? i + 1 : 0;
            var kept = 0;
            for (var c = 0; c < candidates.Count; c++)
            {
                var slot = candidates[c];
                if (IsKnownFree(slot))
                {
                    continue;
                }

                var positions = _right.Positions[slot];
                var index = FirstAtOrAfter(positions, lowerBound);
                if (index == positions.Length)
                {
                    // Within one list the lower bound only rises, so this class is behind us for good.
                    continue;
                }

                _cursors.Enqueue((slot, index), positions[index]);
                candidates[kept++] = slot;
            }

            candidates.RemoveRange(kept, candidates.Count - kept);
        }

        /// <summary>The next right position to compare with the current left item.</summary>
        public bool Next(out int j)
        {
            while (_cursors.TryPeek(out var cursor, out var position))
            {
                if (IsKnownFree(cursor.Slot))
                {
                    // Learned while comparing other pairs; the next Begin drops it from the candidates.
                    _cursors.Dequeue();
                    continue;
                }

                _current = cursor;
                j = position;
                return true;
            }

            j = -1;
            return false;
        }

        /// <summary>Records what comparing the current pair found.</summary>
        public void Report(bool foundConflict)
        {
            var rightClass = _right.SlotClass[_current.Slot];
            if (IsShared(_leftClass) && IsShared(rightClass))
            {
                var key = new VerdictKey(_leftClass, rightClass, _areMutuallyExclusive);
                if (!foundConflict && _verdicts.TryAdd(key, false))
                {
                    _cursors.Dequeue();
                    return;
                }

                if (foundConflict)
                {
                    _verdicts.TryAdd(key, true);
                }
            }

            Advance();
        }

        /// <summary>Moves past the current pair without learning from it.</summary>
        public void Skip() => Advance();

        private bool IsKnownFree(int rightSlot)
            => IsShared(_leftClass) && IsShared(_right.SlotClass[rightSlot])
               && _verdicts.TryGetValue(new VerdictKey(_leftClass, _right.SlotClass[rightSlot], _areMutuallyExclusive), out var hasConflict)
               && !hasConflict;

        private void Advance()
        {
            _cursors.Dequeue();
            var positions = _right.Positions[_current.Slot];
            var next = _current.Index + 1;
            if (next < positions.Length)
            {
                _cursors.Enqueue((_current.Slot, next), positions[next]);
            }
        }

        private static List<int> AllSlots(int count)
        {
            var slots = new List<int>(count);
            for (var s = 0; s < count; s++)
            {
                slots.Add(s);
            }

            return slots;
        }

        private static int FirstAtOrAfter(int[] positions, int value)
        {
            var index = Array.BinarySearch(positions, value);
            return index >= 0 ? index : ~index;
        }
    }
}
