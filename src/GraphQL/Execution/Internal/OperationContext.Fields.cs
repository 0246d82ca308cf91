using KtPortal.GraphQL.Fetching.Internal;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Execution.Internal;

internal sealed partial class OperationContext
{
    // https://spec.graphql.org/October2021/#ExecuteSelectionSet()
    // With a batch, the object is item `index` of a list whose batched fields take their values from it.
    public ValueTask<object?> ExecuteSelectionSet(ObjectType type, object? parent, FieldPlan[] plans, FieldPath path, bool serial, ListBatch? batch = null, int index = -1)
    {
        var map = new ResultMap(plans);
        if (serial)
        {
            return ContinueSelectionSetAsync(type, parent, plans, path, map, null, 0, 0, serial: true, batch, index);
        }

        PendingField[]? pending = null;
        var pendingCount = 0;
        ItemCompletion? deferred = null;
        for (var i = 0; i < plans.Length; i++)
        {
            var plan = plans[i];
            if (!plan.Field.IsParallelExecutable)
            {
                return ContinueSelectionSetAsync(type, parent, plans, path, map, pending, pendingCount, i, serial: false, batch, index);
            }

            ValueTask<object?> task;
            var slot = batch?.SlotOf(plan) ?? -1;
            if (slot >= 0 && batch!.CanDefer)
            {
                // A batched field whose batch has not delivered yet is set into the map by the delivery itself.
                if (ExecuteOrDeferBatchedField(plan, new PathRef(path, plan.ResponseName), batch, slot, index, map, i, ref deferred) is not { } now)
                {
                    continue;
                }

                task = now;
            }
            else
            {
                // The slot is known: a field of no batch does not look for one again.
                task = ExecuteField(type, parent, plan, path, slot >= 0 ? batch : null, index);
            }

            if (task.IsCompletedSuccessfully)
            {
                var value = task.Result;
                map.Set(i, value);
                if (Invalid.Is(value))
                {
                    // As in graphql-js, a null that fails this object stops the fields not yet started.
                    break;
                }
            }
            else
            {
                pending ??= new PendingField[plans.Length - i];
                pending[pendingCount++] = new PendingField(i, task);
            }
        }

        if (deferred is not null)
        {
            return pending is null ? deferred.Start() : AwaitPendingAsync(map, pending, pendingCount, deferred);
        }

        return pending is null ? new ValueTask<object?>(Finish(map)) : AwaitPendingAsync(map, pending, pendingCount);
    }

    private static object Finish(ResultMap map)
    {
        for (var i = 0; i < map.Count; i++)
        {
            if (Invalid.Is(map.GetValue(i)))
            {
                return Invalid.Value;
            }
        }

        return map;
    }

    // One state machine per object that waits, not two: the loop of AwaitAllAsync, then Finish.
    private static async ValueTask<object?> AwaitPendingAsync(ResultMap map, PendingField[] pending, int pendingCount, ItemCompletion? deferred = null)
    {
        for (var p = 0; p < pendingCount; p++)
        {
            var (index, task) = pending[p];
            map.Set(index, await task.ConfigureAwait(false));
        }

        // The deferred fields' completion answers the map itself, once they and the fields above are all in: Start
        // releases the hold it keeps until now.
        return deferred is null ? Finish(map) : await deferred.Start().ConfigureAwait(false);
    }

    private static async ValueTask AwaitAllAsync(ResultMap map, PendingField[] pending, int pendingCount)
    {
        for (var p = 0; p < pendingCount; p++)
        {
            var (index, task) = pending[p];
            map.Set(index, await task.ConfigureAwait(false));
        }
    }

    // Serial fields wait for everything started before them, and finish before the next field starts.
    // https://spec.graphql.org/October2021/#sec-Mutation
    private async ValueTask<object?> ContinueSelectionSetAsync(
        ObjectType type,
        object? parent,
        FieldPlan[] plans,
        FieldPath path,
        ResultMap map,
        PendingField[]? pending,
        int pendingCount,
        int start,
        bool serial,
        ListBatch? batch,
        int index)
    {
        for (var i = start; i < plans.Length; i++)
        {
            var plan = plans[i];
            if (serial || !plan.Field.IsParallelExecutable)
            {
                if (pendingCount > 0)
                {
                    await AwaitAllAsync(map, pending!, pendingCount).ConfigureAwait(false);
                    pendingCount = 0;
                }

                var completed = await ExecuteField(type, parent, plan, path, batch, index).ConfigureAwait(false);
                map.Set(i, completed);
                if (Invalid.Is(completed))
                {
                    break;
                }

                continue;
            }

            var task = ExecuteField(type, parent, plan, path, batch, index);
            if (task.IsCompletedSuccessfully)
            {
                var value = task.Result;
                map.Set(i, value);
                if (Invalid.Is(value))
                {
                    break;
                }
            }
            else
            {
                pending ??= new PendingField[plans.Length - i];
                pending[pendingCount++] = new PendingField(i, task);
            }
        }

        if (pendingCount > 0)
        {
            await AwaitAllAsync(map, pending!, pendingCount).ConfigureAwait(false);
        }

        return Finish(map);
    }

    // https://spec.graphql.org/October2021/#ExecuteField()
    private ValueTask<object?> ExecuteField(ObjectType type, object? parent, FieldPlan plan, FieldPath parentPath, ListBatch? batch = null, int index = -1)
    {
        var path = new PathRef(parentPath, plan.ResponseName);
        if (plan.IsTypeName)
        {
            return new ValueTask<object?>(type.Name);
        }

        if (batch is not null && batch.SlotOf(plan) is var slot and >= 0)
        {
            return ExecuteBatchedField(plan, path, batch, slot, index);
        }

        return plan.Field.AuthorizationRules.Count == 0
            ? ExecuteAuthorizedField(type, parent, plan, path, parentPath)
            : AuthorizeThenExecuteFieldAsync(type, parent, plan, path, parentPath);
    }

    private async ValueTask<object?> AuthorizeThenExecuteFieldAsync(ObjectType type, object? parent, FieldPlan plan, PathRef path, FieldPath parentPath)
    {
        if (!await AuthorizeAsync(type, plan, path).ConfigureAwait(false))
        {
            return NullFor(plan.Field.Type);
        }

        return await ExecuteAuthorizedField(type, parent, plan, path, parentPath).ConfigureAwait(false);
    }

    private ValueTask<object?> ExecuteAuthorizedField(ObjectType type, object? parent, FieldPlan plan, PathRef path, FieldPath parentPath)
    {

        ResolverContext? context = null;
        LoadScope? scope = null;
        var tracked = false;
        try
        {
            object? result;
            try
            {
                var arguments = plan.GetArguments(Schema, Variables);
                if (arguments.Error is not null)
                {
                    AddError(arguments.Error with { Path = path.ToPath().ToList() });
                    return new ValueTask<object?>(NullFor(plan.Field.Type));
                }

                if (plan.NeedsContext)
                {
                    context = CreateContext(type, plan, parent, path, arguments.Values);
                }

                var resolver = plan.Field.Resolver;
                if (resolver is null)
                {
                    // A subscription root field without a resolver yields the event itself.
                    result = _isSubscriptionEvent && parentPath.Depth == 0 ? parent : plan.DefaultResolver.Resolve(parent);
                }
                else
                {
                    context ??= CreateContext(type, plan, parent, path, arguments.Values);
                    ValueTask<object?> pending;
                    // A field that only reads its parent cannot load; its completion runs within its counted parent.
                    if (_batching is null || plan.Field.IsIntrospection || plan.Field.IsPure)
                    {
                        pending = resolver(context);
                    }
                    else
                    {
                        tracked = true;
                        pending = InvokeTracked(resolver, context, plan.Field, out scope);
                    }

                    if (!pending.IsCompletedSuccessfully)
                    {
                        plan.Field.HasResolvedAsynchronously = true;
                        var awaiting = AwaitResolverAsync(pending, plan, path, context, scope, tracked);
                        tracked = false;
                        return awaiting;
                    }

                    result = pending.Result;
                    if (plan.IsLeaf)
                    {
                        var completed = CompleteField(plan, path, result, null);
                        if (completed.IsCompletedSuccessfully)
                        {
                            ReturnContext(context);
                        }

                        return completed;
                    }
                }
            }
            catch (Exception exception) when (!IsAborted(exception))
            {
                HandleException(exception, plan, path);
                return new ValueTask<object?>(NullFor(plan.Field.Type));
            }

            return CompleteField(plan, path, result, context);
        }
        finally
        {
            // The resolver is done and its children have been started (they count themselves from here on).
            if (tracked)
            {
                ExitTracked(scope);
            }
        }
    }

    private void ExitTracked(LoadScope? scope)
    {
        if (scope is null)
        {
            _batching!.ResolverExited(wasWaiting: false);
        }
        else
        {
            scope.Exit();
        }
    }

    /// <summary>
    /// Calls a resolver counted by the DataLoader scheduler. A resolver that has been asynchronous before runs with
    /// a scope flowing into its async work, so that loads it makes after any number of awaits are attributed to it;
    /// any other gets a scope only if it loads during the call (which costs nothing when it does not). The
    /// caller's execution context is restored afterwards either way.
    /// </summary>
    private ValueTask<object?> InvokeTracked(FieldResolverDelegate resolver, ResolverContext context, OutputField field, out LoadScope? scope)
    {
        var batching = _batching!;
        batching.EnterResolver();
        var saved = ExecutionContext.Capture();
        if (field.HasResolvedAsynchronously)
        {
            scope = new LoadScope(batching, isResolver: true);
            LoadScope.Current = scope;
            try
            {
                return resolver(context);
            }
            finally
            {
                RestoreContext(saved);
            }
        }

        var previous = LoadScope.BeginInvoke(batching);
        try
        {
            return resolver(context);
        }
        finally
        {
            scope = LoadScope.EndInvoke(previous);
            if (scope is not null)
            {
                RestoreContext(saved);
            }
        }
    }

    private static void RestoreContext(ExecutionContext? saved)
    {
        if (saved is null)
        {
            LoadScope.Current = null;
        }
        else
        {
            ExecutionContext.Restore(saved);
        }
    }

    private async ValueTask<object?> AwaitResolverAsync(ValueTask<object?> pending, FieldPlan plan, PathRef path, ResolverContext context, LoadScope? scope, bool tracked)
    {
        ValueTask<object?> completion;
        try
        {
            object? result;
            try
            {
                result = await pending.ConfigureAwait(false);
            }
            catch (Exception exception) when (!IsAborted(exception))
            {
                HandleException(exception, plan, path);
                return NullFor(plan.Field.Type);
            }

            // This resolver counts until its value's children have started. When nothing in that value can load but
            // one list's batches, that list may let them run before its items' other fields (CompleteList).
            var outer = t_pausableList;
            t_pausableList = tracked ? plan.PausableList(Collector) : null;
            try
            {
                completion = CompleteField(plan, path, result, context);
            }
            finally
            {
                t_pausableList = outer;
            }
        }
        finally
        {
            if (tracked)
            {
                ExitTracked(scope);
            }
        }

        return await completion.ConfigureAwait(false);
    }

    private ValueTask<object?> CompleteField(FieldPlan plan, PathRef path, object? result, ResolverContext? context)
    {
        var completion = CompleteValue(plan.Field.Type, plan, path, result, context);
        if (completion.IsCompletedSuccessfully)
        {
            var value = completion.Result;
            return new ValueTask<object?>(Invalid.Is(value) ? NullFor(plan.Field.Type) : value);
        }

        return AwaitFieldCompletionAsync(completion, plan.Field.Type);
    }

    private static async ValueTask<object?> AwaitFieldCompletionAsync(ValueTask<object?> completion, IType type)
    {
        var value = await completion.ConfigureAwait(false);
        return Invalid.Is(value) ? NullFor(type) : value;
    }

    /// <summary>The value of a failed position: null when nullable, otherwise the failure moves up.</summary>
    private static object? NullFor(IType type) => type.Kind == TypeKind.NonNull ? Invalid.Value : null;

    private readonly record struct PendingField(int Index, ValueTask<object?> Task);
}
