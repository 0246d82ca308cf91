using System.Collections;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Execution.Internal;

internal sealed partial class OperationContext
{
    // While a counted resolver's value is completed on this thread, right after its task finished: the one list of
    // that value that may let its batches run before its items' other fields (FieldPlan.PausableList), or null.
    [ThreadStatic]
    private static FieldPlan? t_pausableList;

    /// <summary>
    /// Starts the batch resolvers of the fields selected on the items of a list (see
    /// <see cref="BatchFieldResolverDelegate"/>), or returns null when none applies: the item type must be an
    /// object type, and a field must have a batch resolver, no authorization rules, valid arguments and not be serial
    /// (<see cref="OutputField.IsParallelExecutable"/>). Each batch
    /// runs once for the items that are not null and are of the type; the items then complete as usual, their
    /// batched fields taking their values from the batch.
    /// </summary>
    private ListBatch? StartBatches(IType itemType, FieldPlan plan, FieldPath listPath, IList list, ResolverContext? context)
    {
        if (!_batchResolvers || (itemType is NonNullType nonNull ? nonNull.Type : itemType) is not ObjectType { HasBatchResolvers: true } objectType
            || list.Count == 0)
        {
            return null;
        }

        FieldPlan[] plans;
        try
        {
            plans = plan.GetChildPlans(Collector, objectType);
        }
        catch (Exception exception) when (!IsAborted(exception))
        {
            // A selection that cannot be collected (a bad @skip variable, say) fails each item at its own path, as
            // the ordinary completion reports it.
            return null;
        }

        ListBatch? batch = null;
        for (var p = 0; p < plans.Length; p++)
        {
            var child = plans[p];
            // A serial field waits for the fields before it on each item, which a batch run up front could not.
            if (child.IsTypeName || child.Field.BatchResolver is null || child.Field.AuthorizationRules.Count > 0 || !child.Field.IsParallelExecutable)
            {
                continue;
            }

            var arguments = child.GetArguments(Schema, Variables);
            if (arguments.Error is not null)
            {
                // Each item reports the error at its own path.
                continue;
            }

            batch ??= ListBatch.Create(objectType, plans, listPath, list, context);
            if (batch.Parents.Length == 0)
            {
                return null;
            }

            var contexts = new ResolverContext[batch.Parents.Length];
            for (var i = 0; i < contexts.Length; i++)
            {
                contexts[i] = CreateContext(objectType, child, batch.Parents[i], new PathRef(batch.ItemPaths[i], child.ResponseName), arguments.Values);
            }

            var slot = new BatchSlot(this, contexts);
            batch.Add(child, slot);
            RunBatch(child.Field, slot);
        }

        return batch;
    }

    private void RunBatch(OutputField field, BatchSlot slot)
    {
        var resolver = field.BatchResolver!;
        var contexts = slot.Contexts;
        if (_batching is null || field.IsIntrospection)
        {
            _ = DeliverAsync(InvokeBatch(resolver, contexts), null, field, slot, tracked: false);
            return;
        }

        // Counted by the DataLoader scheduler as one resolver, with a scope from the start: the batch usually runs the
        // rest of the field's pipeline for every item, and their loads come after awaits.
        // A batch resolver that throws before returning fails its items like one that fails later, and the batch stops
        // counting all the same (DeliverAsync), instead of the throw leaving the list and the count.
        field.HasResolvedAsynchronously = true;
        var pending = InvokeTracked(_ => InvokeBatch(resolver, contexts), contexts[0], field, out var scope);
        _ = DeliverAsync(pending, scope, field, slot, tracked: true);
    }

    private static ValueTask<object?> InvokeBatch(BatchFieldResolverDelegate resolver, ResolverContext[] contexts)
    {
        try
        {
            return BoxAsync(resolver(contexts));
        }
        catch (Exception exception)
        {
            return ValueTask.FromException<object?>(exception);
        }
    }

    private static async ValueTask<object?> BoxAsync(ValueTask<IReadOnlyList<object?>> pending) => await pending.ConfigureAwait(false);

    /// <summary>
    /// Hands the batch's values to the items, while the batch still counts as a running resolver: each waiting item
    /// resumes inline, so its field completes and starts its children (which count themselves) before the batch
    /// stops counting. Otherwise the first item's children could find every resolver waiting and dispatch their
    /// loads before the other items had added theirs.
    /// </summary>
    private async Task DeliverAsync(ValueTask<object?> pending, Fetching.Internal.LoadScope? scope, OutputField field, BatchSlot slot, bool tracked)
    {
        try
        {
            IReadOnlyList<object?>? values;
            try
            {
                values = (IReadOnlyList<object?>?)await pending.ConfigureAwait(false);
                if (values is null || values.Count != slot.Contexts.Length)
                {
                    throw new InvalidOperationException(
                        $"The batch resolver of {field.Coordinate} returned {values?.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"} values for {slot.Contexts.Length} parents.");
                }
            }
            catch (Exception exception)
            {
                slot.Fail(exception);
                return;
            }

            slot.Complete(values);
        }
        finally
        {
            if (tracked)
            {
                ExitTracked(scope);
            }
        }
    }

    /// <summary>The field <paramref name="plan"/> of item <paramref name="index"/>, from its batch.</summary>
    private ValueTask<object?> ExecuteBatchedField(FieldPlan plan, PathRef path, ListBatch batch, int slotIndex, int index)
    {
        var position = batch.Positions[index];
        var slot = batch.Slots[slotIndex];
        var waiting = slot.IsDelivered ? null : new TaskCompletionSource<object?>();
        if (!slot.TryGet(new BatchWaiter(waiting, null, -1, position, plan, path), out var value, out var error))
        {
            return new ValueTask<object?>(waiting!.Task);
        }

        // A value that has arrived completes here, and its children may load: the list's pause ends first.
        batch.EndPause();
        return Delivered(plan, path, slot, position, value, error);
    }

    /// <summary>
    /// The field <paramref name="plan"/> of item <paramref name="index"/> for its selection set: its value when the
    /// batch has delivered, or else null, the field then being set into <paramref name="map"/> at
    /// <paramref name="fieldIndex"/> by the delivery, through <paramref name="deferred"/> (made for the first such field).
    /// </summary>
    private ValueTask<object?>? ExecuteOrDeferBatchedField(
        FieldPlan plan, PathRef path, ListBatch batch, int slotIndex, int index, ResultMap map, int fieldIndex, ref ItemCompletion? deferred)
    {
        var position = batch.Positions[index];
        var slot = batch.Slots[slotIndex];
        if (!slot.IsDelivered)
        {
            // Unused (and answered at once by Start) in the rare case that the batch delivers before the slot's lock.
            deferred ??= new ItemCompletion(map);
        }

        if (!slot.TryGet(new BatchWaiter(null, deferred, fieldIndex, position, plan, path), out var value, out var error))
        {
            return null;
        }

        // As in ExecuteBatchedField.
        batch.EndPause();
        return Delivered(plan, path, slot, position, value, error);
    }

    // The field of a batch that has delivered: the value completed, or the failure handled.
    private ValueTask<object?> Delivered(FieldPlan plan, PathRef path, BatchSlot slot, int position, object? value, Exception? error)
        => error is null ? CompleteBatchedValue(plan, path, value, slot.Contexts[position]) : BatchFailed(plan, path, error);

    private ValueTask<object?> BatchFailed(FieldPlan plan, PathRef path, Exception error)
    {
        if (IsAborted(error))
        {
            return ValueTask.FromException<object?>(error);
        }

        HandleException(error, plan, path);
        return new ValueTask<object?>(NullFor(plan.Field.Type));
    }

    private ValueTask<object?> CompleteBatchedValue(FieldPlan plan, PathRef path, object? value, ResolverContext context)
    {
        if (value is Exception exception)
        {
            HandleException(exception, plan, path);
            return new ValueTask<object?>(NullFor(plan.Field.Type));
        }

        return CompleteField(plan, path, value, context);
    }

    // The item of a list whose fields are partly batched: as CompleteValue, for an object type (non-null or not).
    private ValueTask<object?> CompleteBatchedItem(IType itemType, FieldPlan plan, PathRef path, object? item, ResolverContext? context, ListBatch batch, int index)
    {
        if (itemType is NonNullType nonNull)
        {
            if (item is null)
            {
                return new ValueTask<object?>(CheckNonNull(null, plan, path));
            }

            // As in CompleteValue: an item's fields complete to a map or to Invalid, never to null.
            var inner = CompleteBatchedItem(nonNull.Type, plan, path, item, context, batch, index);
            return inner.IsCompletedSuccessfully ? new ValueTask<object?>(CheckNonNull(inner.Result, plan, path)) : inner;
        }

        if (item is null)
        {
            return new ValueTask<object?>((object?)null);
        }

        if (batch.Positions[index] < 0)
        {
            // Not of the type: the ordinary completion reports it.
            return CompleteObject(batch.Type, plan, path, item, context);
        }

        return ExecuteSelectionSet(batch.Type, item, batch.Plans, batch.ItemPaths[batch.Positions[index]], serial: false, batch, index);
    }

    /// <summary>The batches of one list: which of the item type's fields are batched, and their contexts and values.</summary>
    internal sealed class ListBatch
    {
        private FieldPlan[] _batched = [];

        private ListBatch(ObjectType type, FieldPlan[] plans, object[] parents, FieldPath[] itemPaths, int[] positions)
        {
            Type = type;
            Plans = plans;
            Parents = parents;
            ItemPaths = itemPaths;
            Positions = positions;
            CanDefer = Array.TrueForAll(plans, p => p.Field.IsParallelExecutable);
        }

        /// <summary>
        /// Whether an item's selection set may leave its batched fields to the batch's delivery: when none of the item
        /// type's fields is serial (a serial field makes the selection set wait field by field).
        /// </summary>
        public bool CanDefer { get; }

        public ObjectType Type { get; }

        /// <summary>The item type's fields, as every item executes them.</summary>
        public FieldPlan[] Plans { get; }

        /// <summary>The items the batches run for: not null, and of the type.</summary>
        public object[] Parents { get; }

        /// <summary>The paths of <see cref="Parents"/>.</summary>
        public FieldPath[] ItemPaths { get; }

        /// <summary>By list index: the item's position in <see cref="Parents"/>, or -1.</summary>
        public int[] Positions { get; }

        public BatchSlot[] Slots { get; private set; } = [];

        // The scheduler the list's completion is paused on (see Pause), until the pause ends.
        private Fetching.Internal.ExecutionBatchScheduler? _pausedOn;

        /// <summary>
        /// Counts the resolver completing the list as waiting (<see cref="Fetching.Internal.ExecutionBatchScheduler.Pause"/>)
        /// while it completes the items' fields that only read their parents, until <see cref="EndPause"/>.
        /// </summary>
        public void Pause(Fetching.Internal.ExecutionBatchScheduler batching)
        {
            _pausedOn = batching;
            batching.Pause();
        }

        /// <summary>
        /// Ends the pause, once: when the items are done, or before an item completes a batched value that has already
        /// arrived, whose children may load.
        /// </summary>
        public void EndPause() => Interlocked.Exchange(ref _pausedOn, null)?.Resume();

        public static ListBatch Create(ObjectType type, FieldPlan[] plans, FieldPath listPath, IList list, ResolverContext? context)
        {
            var positions = new int[list.Count];
            var parents = new List<object>(list.Count);
            var paths = new List<FieldPath>(list.Count);
            for (var i = 0; i < positions.Length; i++)
            {
                var item = list[i];
                if (item is null || !IsOf(type, item, context))
                {
                    positions[i] = -1;
                    continue;
                }

                positions[i] = parents.Count;
                parents.Add(item);
                paths.Add(listPath.Append(i));
            }

            return new ListBatch(type, plans, [.. parents], [.. paths], positions);
        }

        // An item that is not of the type, or whose check throws, completes on its own, which reports it.
        private static bool IsOf(ObjectType type, object item, ResolverContext? context)
        {
            try
            {
                return type.IsOfType is not { } isOfType || isOfType(item, context!);
            }
            catch (Exception)
            {
                return false;
            }
        }

        public void Add(FieldPlan plan, BatchSlot slot)
        {
            _batched = [.. _batched, plan];
            Slots = [.. Slots, slot];
        }

        /// <summary>
        /// Whether every field of the items that has a batch resolver got its batch. For the list that
        /// <see cref="FieldPlan.PausableList"/> names, the items' other fields were found to only read their parents,
        /// so then completing the items cannot add keys to any DataLoader.
        /// </summary>
        public bool AllBatched()
        {
            foreach (var plan in Plans)
            {
                if (plan.Field.BatchResolver is not null && SlotOf(plan) < 0)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The slot of <paramref name="plan"/>'s batch, or -1 when it is not batched.</summary>
        public int SlotOf(FieldPlan plan)
        {
            for (var i = 0; i < _batched.Length; i++)
            {
                if (ReferenceEquals(_batched[i], plan))
                {
                    return i;
                }
            }

            return -1;
        }
    }

    /// <summary>
    /// One batch of one list: the items' contexts, then the values or the failure. An item that comes for its value
    /// before it is there waits on a task of its own, which gets the field's completed value: the slot completes each
    /// waiting item's field when the batch delivers, and the task's one continuation (the item's selection set) then
    /// runs inline, so that the items resume while the batch still counts as running. Completing here rather than in
    /// an async method of each item saves a state machine per item.
    /// </summary>
    internal sealed class BatchSlot(OperationContext owner, ResolverContext[] contexts)
    {
        private readonly Lock _lock = new();
        private IReadOnlyList<object?>? _values;
        private Exception? _error;
        private List<BatchWaiter>? _waiters;

        public ResolverContext[] Contexts { get; } = contexts;

        /// <summary>Whether the batch has delivered its values or its failure (read without the lock: once true, it stays true).</summary>
        public bool IsDelivered => Volatile.Read(ref _values) is not null || Volatile.Read(ref _error) is not null;

        /// <summary>
        /// The value of the item at <paramref name="waiter"/>'s position (or the batch's failure) if the batch has
        /// delivered; otherwise false, and the waiter gets its field completed when the batch delivers.
        /// </summary>
        public bool TryGet(BatchWaiter waiter, out object? value, out Exception? error)
        {
            lock (_lock)
            {
                if (_values is not null || _error is not null)
                {
                    value = _error is null ? _values![waiter.Position] : null;
                    error = _error;
                    return true;
                }

                waiter.Item?.Defer();
                (_waiters ??= []).Add(waiter);
                value = null;
                error = null;
                return false;
            }
        }

        public void Complete(IReadOnlyList<object?> values)
        {
            foreach (var waiter in Settle(values, null))
            {
                ValueTask<object?> completion;
                try
                {
                    completion = owner.CompleteBatchedValue(waiter.Plan, waiter.Path, values[waiter.Position], Contexts[waiter.Position]);
                }
                catch (Exception exception)
                {
                    completion = ValueTask.FromException<object?>(exception);
                }

                Hand(waiter, completion);
            }
        }

        public void Fail(Exception error)
        {
            foreach (var waiter in Settle(null, error))
            {
                Hand(waiter, owner.BatchFailed(waiter.Plan, waiter.Path, error));
            }
        }

        // Gives the waiter its field's completion: at once when it is done, else when it is.
        private static void Hand(BatchWaiter waiter, ValueTask<object?> completion)
        {
            if (completion.IsCompletedSuccessfully)
            {
                waiter.Deliver(completion.Result);
            }
            else
            {
                _ = ForwardAsync(completion, waiter);
            }
        }

        private static async Task ForwardAsync(ValueTask<object?> completion, BatchWaiter waiter)
        {
            object? value;
            try
            {
                value = await completion.ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                waiter.Fail(exception);
                return;
            }

            waiter.Deliver(value);
        }

        private List<BatchWaiter> Settle(IReadOnlyList<object?>? values, Exception? error)
        {
            lock (_lock)
            {
                _values = values;
                _error = error;
                var waiters = _waiters ?? [];
                _waiters = null;
                return waiters;
            }
        }
    }

    /// <summary>
    /// A field waiting for its batch: of an item's selection set that set it aside (<see cref="Item"/> at
    /// <see cref="FieldIndex"/>), or of another caller (<see cref="Completed"/>).
    /// </summary>
    internal readonly record struct BatchWaiter(
        TaskCompletionSource<object?>? Completed, ItemCompletion? Item, int FieldIndex, int Position, FieldPlan Plan, PathRef Path)
    {
        public void Deliver(object? value)
        {
            if (Item is { } item)
            {
                item.Set(FieldIndex, value);
            }
            else
            {
                Completed!.TrySetResult(value);
            }
        }

        public void Fail(Exception exception)
        {
            if (Item is { } item)
            {
                item.Fail(exception);
            }
            else
            {
                Completed!.TrySetException(exception);
            }
        }
    }

    /// <summary>
    /// An item's selection set whose batched fields wait for their batches: each delivery sets its field into the
    /// item's map, and the last one answers the selection set (its map, or Invalid) to the one continuation waiting,
    /// inline. One of these replaces, per waiting item, a task per field and the state machine that awaited them.
    /// </summary>
    internal sealed class ItemCompletion(ResultMap map) : System.Threading.Tasks.Sources.IValueTaskSource<object?>
    {
        private System.Threading.Tasks.Sources.ManualResetValueTaskSourceCore<object?> _core;

        // One for each deferred field, and one that the selection set holds until Start.
        private int _remaining = 1;
        private Exception? _error;

        /// <summary>A field is deferred (under its slot's lock, before the slot can deliver it).</summary>
        public void Defer() => Interlocked.Increment(ref _remaining);

        /// <summary>The selection set has started every field: the map when every deferred field is in, else a wait for them.</summary>
        public ValueTask<object?> Start()
        {
            if (Interlocked.Decrement(ref _remaining) == 0)
            {
                return _error is null ? new ValueTask<object?>(Finish(map)) : ValueTask.FromException<object?>(_error);
            }

            return new ValueTask<object?>(this, _core.Version);
        }

        public void Set(int fieldIndex, object? value)
        {
            map.Set(fieldIndex, value);
            Done();
        }

        // Only an aborted request fails a field; the selection set then throws it, as awaiting the field would have.
        public void Fail(Exception exception)
        {
            Interlocked.CompareExchange(ref _error, exception, null);
            Done();
        }

        public object? GetResult(short token) => _core.GetResult(token);

        public System.Threading.Tasks.Sources.ValueTaskSourceStatus GetStatus(short token) => _core.GetStatus(token);

        public void OnCompleted(Action<object?> continuation, object? state, short token, System.Threading.Tasks.Sources.ValueTaskSourceOnCompletedFlags flags)
            => _core.OnCompleted(continuation, state, token, flags);

        private void Done()
        {
            if (Interlocked.Decrement(ref _remaining) != 0)
            {
                return;
            }

            if (_error is { } error)
            {
                _core.SetException(error);
            }
            else
            {
                _core.SetResult(Finish(map));
            }
        }
    }
}
