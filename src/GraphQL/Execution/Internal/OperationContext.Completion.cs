using System.Collections;
using KtPortal.GraphQL.Types;
using KtPortal.GraphQL.Utilities;

namespace KtPortal.GraphQL.Execution.Internal;

internal sealed partial class OperationContext
{
    // https://spec.graphql.org/October2021/#CompleteValue()
    private ValueTask<object?> CompleteValue(IType type, FieldPlan plan, PathRef path, object? result, ResolverContext? context)
    {
        if (type is NonNullType nonNull)
        {
            if (result is null)
            {
                return new ValueTask<object?>(CheckNonNull(null, plan, path));
            }

            var inner = CompleteValue(nonNull.Type, plan, path, result, context);
            return inner.IsCompletedSuccessfully ? new ValueTask<object?>(CheckNonNull(inner.Result, plan, path)) : inner;
        }

        if (result is null)
        {
            return new ValueTask<object?>((object?)null);
        }

        switch (type)
        {
            case ScalarType scalar:
                return new ValueTask<object?>(CompleteScalar(scalar, plan, path, result));
            case EnumType enumType:
                return new ValueTask<object?>(CompleteEnum(enumType, plan, path, result));
            case ListType list:
                return CompleteList(list, plan, path, result, context);
            case ObjectType objectType:
                return CompleteObject(objectType, plan, path, result, context);
            case IAbstractType abstractType:
                return CompleteAbstract(abstractType, plan, path, result, context);
            default:
                return new ValueTask<object?>((object?)null);
        }
    }

    // A value that is there completes to a value or to Invalid, never to null: a completion that has to wait (a list,
    // an object's fields) needs no check after it, and none of them is wrapped in a state machine of its own for one.
    private object? CheckNonNull(object? value, FieldPlan plan, PathRef path)
    {
        if (value is null)
        {
            RecordError($"Cannot return null for non-nullable field {plan.Coordinate}.", plan, path, ErrorCodes.NonNullViolation);
            return Invalid.Value;
        }

        return value;
    }

    // https://spec.graphql.org/October2021/#sec-Scalars.Result-Coercion-and-Serialization
    private object? CompleteScalar(ScalarType scalar, FieldPlan plan, PathRef path, object result)
    {
        try
        {
            var serialized = scalar.Serialize(result);
            if (serialized is null)
            {
                RecordError(
                    $"Expected `{scalar.Name}.serialize({JsInspect.Inspect(result)})` to return non-nullable value, returned: null",
                    plan,
                    path,
                    ErrorCodes.ResultInvalid);
                return Invalid.Value;
            }

            return serialized;
        }
        catch (CoercionException exception)
        {
            RecordError(exception.Message, plan, path, ErrorCodes.ResultInvalid, exception);
            return Invalid.Value;
        }
        catch (Exception exception) when (!IsAborted(exception))
        {
            HandleException(exception, plan, path);
            return Invalid.Value;
        }
    }

    // https://spec.graphql.org/October2021/#sec-Enums.Result-Coercion
    private object? CompleteEnum(EnumType enumType, FieldPlan plan, PathRef path, object result)
    {
        if (enumType.TryGetValueByRuntimeValue(result, out var value))
        {
            return value.Name;
        }

        RecordError($"Enum \"{enumType.Name}\" cannot represent value: {JsInspect.Inspect(result)}", plan, path, ErrorCodes.ResultInvalid);
        return Invalid.Value;
    }

    private static List<object?> Collect(IEnumerable items)
    {
        var collected = new List<object?>();
        foreach (var item in items)
        {
            collected.Add(item);
        }

        return collected;
    }

    // https://spec.graphql.org/October2021/#CompleteValue() (list types)
    private ValueTask<object?> CompleteList(ListType listType, FieldPlan plan, PathRef path, object result, ResolverContext? context)
    {
        if (result is not IList && AsyncEnumerables.TryAdapt(result, out var asyncItems))
        {
            return CompleteAsyncListAsync(listType, plan, path, asyncItems, context);
        }

        if (!InputCoercion.IsList(result))
        {
            RecordError($"Expected Iterable, but did not find one for field \"{plan.Coordinate}\".", plan, path, ErrorCodes.ResultInvalid);
            return new ValueTask<object?>(Invalid.Value);
        }

        var itemType = listType.ElementType;
        var listPath = path.ToPath();
        try
        {
            var list = result as IList ?? Collect((IEnumerable)result);
            var items = new object?[list.Count];
            PendingField[]? pending = null;
            var pendingCount = 0;
            var batch = StartBatches(itemType, plan, listPath, list, context);

            // Once the batches are started, the items' other fields are all that the resolver completing this list
            // (the one list of its value that may: FieldPlan.PausableList) could still add keys with, and those only
            // read their parents. When every batch-capable field got its batch, it counts as waiting while it
            // completes the items, so that batches that are now
            // complete run at once and their statements overlap the items' completion. Nothing completed inside (a
            // batch delivering at once, say) may pause for it again.
            var paused = batch is not null && _batching is not null && ReferenceEquals(t_pausableList, plan) && batch.AllBatched();
            if (paused)
            {
                t_pausableList = null;
            }

            try
            {
                if (paused)
                {
                    batch!.Pause(_batching!);
                }

                for (var i = 0; i < items.Length; i++)
                {
                    var completion = batch is null
                        ? CompleteValue(itemType, plan, new PathRef(listPath, i), list[i], context)
                        : CompleteBatchedItem(itemType, plan, new PathRef(listPath, i), list[i], context, batch, i);
                    if (!StoreItem(items, i, completion, itemType, ref pending, ref pendingCount))
                    {
                        return pending is null ? new ValueTask<object?>(Invalid.Value) : AwaitListAsync(items, pending, pendingCount, itemType, knownInvalid: true);
                    }
                }
            }
            finally
            {
                batch?.EndPause();
            }

            return pending is null ? new ValueTask<object?>(new ResultList(items)) : AwaitListAsync(items, pending, pendingCount, itemType, knownInvalid: false);
        }
        catch (Exception exception) when (!IsAborted(exception))
        {
            HandleException(exception, plan, path);
            return new ValueTask<object?>(Invalid.Value);
        }
    }

    /// <summary>Stores a completed item; false when a non-null item failed, which fails the whole list.</summary>
    private static bool StoreItem(object?[] items, int index, ValueTask<object?> completion, IType itemType, ref PendingField[]? pending, ref int pendingCount)
    {
        if (!completion.IsCompletedSuccessfully)
        {
            pending ??= new PendingField[items.Length - index];
            pending[pendingCount++] = new PendingField(index, completion);
            return true;
        }

        var value = completion.Result;
        if (Invalid.Is(value))
        {
            if (itemType.Kind == TypeKind.NonNull)
            {
                return false;
            }

            value = null;
        }

        items[index] = value;
        return true;
    }

    private static async ValueTask<object?> AwaitListAsync(object?[] items, PendingField[] pending, int pendingCount, IType itemType, bool knownInvalid)
    {
        var invalid = knownInvalid;
        for (var p = 0; p < pendingCount; p++)
        {
            var (index, task) = pending[p];
            var value = await task.ConfigureAwait(false);
            if (Invalid.Is(value))
            {
                if (itemType.Kind == TypeKind.NonNull)
                {
                    invalid = true;
                }

                value = null;
            }

            items[index] = value;
        }

        return invalid ? Invalid.Value : new ResultList(items);
    }

    private async ValueTask<object?> CompleteAsyncListAsync(ListType listType, FieldPlan plan, PathRef path, IAsyncEnumerable<object?> source, ResolverContext? context)
    {
        var itemType = listType.ElementType;
        var listPath = path.ToPath();
        var items = new List<object?>();
        try
        {
            var index = 0;
            await foreach (var item in source.WithCancellation(RequestAborted).ConfigureAwait(false))
            {
                var value = await CompleteValue(itemType, plan, new PathRef(listPath, index++), item, context).ConfigureAwait(false);
                if (Invalid.Is(value))
                {
                    if (itemType.Kind == TypeKind.NonNull)
                    {
                        return Invalid.Value;
                    }

                    value = null;
                }

                items.Add(value);
            }
        }
        catch (Exception exception) when (!IsAborted(exception))
        {
            HandleException(exception, plan, path);
            return Invalid.Value;
        }

        return new ResultList([.. items]);
    }

    // https://spec.graphql.org/October2021/#CompleteValue() (object types)
    private ValueTask<object?> CompleteObject(ObjectType objectType, FieldPlan plan, PathRef path, object result, ResolverContext? context)
    {
        try
        {
            if (objectType.IsOfType is { } isOfType && !isOfType(result, context!))
            {
                RecordError($"Expected value of type \"{objectType.Name}\" but got: {JsInspect.Inspect(result)}.", plan, path, ErrorCodes.ResultInvalid);
                return new ValueTask<object?>(Invalid.Value);
            }

            var plans = plan.GetChildPlans(Collector, objectType);
            return ExecuteSelectionSet(objectType, result, plans, path.ToPath(), serial: false);
        }
        catch (Exception exception) when (!IsAborted(exception))
        {
            HandleException(exception, plan, path);
            return new ValueTask<object?>(Invalid.Value);
        }
    }

    // https://spec.graphql.org/October2021/#ResolveAbstractType()
    private ValueTask<object?> CompleteAbstract(IAbstractType abstractType, FieldPlan plan, PathRef path, object result, ResolverContext? context)
    {
        ObjectType? runtimeType;
        try
        {
            runtimeType = ResolveRuntimeType(abstractType, plan, path, result, context!);
        }
        catch (Exception exception) when (!IsAborted(exception))
        {
            HandleException(exception, plan, path);
            return new ValueTask<object?>(Invalid.Value);
        }

        return runtimeType is null
            ? new ValueTask<object?>(Invalid.Value)
            : CompleteObject(runtimeType, plan, path, result, context);
    }

    private ObjectType? ResolveRuntimeType(IAbstractType abstractType, FieldPlan plan, PathRef path, object result, ResolverContext context)
    {
        string? runtimeName;
        ObjectType? resolved = null;
        var fromPossibleTypes = false;
        if (abstractType.ResolveType is { } resolveType)
        {
            resolved = resolveType(result, context);
            runtimeName = resolved?.Name;
        }
        else if (TypeNameEntry(result) is { } typeName)
        {
            runtimeName = typeName;
        }
        else
        {
            runtimeName = null;
            foreach (var possible in Schema.GetPossibleTypes(abstractType))
            {
                var matches = possible.IsOfType is { } isOfType
                    ? isOfType(result, context)
                    : possible.RuntimeType?.IsInstanceOfType(result) == true;
                if (matches)
                {
                    resolved = possible;
                    runtimeName = possible.Name;
                    fromPossibleTypes = true;
                    break;
                }
            }
        }

        if (fromPossibleTypes)
        {
            return resolved;
        }

        if (runtimeName is null)
        {
            RecordError(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{plan.Coordinate}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                plan,
                path,
                ErrorCodes.ResultInvalid);
            return null;
        }

        if (!Schema.TryGetType(runtimeName, out var named) || (resolved is not null && !ReferenceEquals(named, resolved)))
        {
            RecordError($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{runtimeName}\" that does not exist inside the schema.", plan, path, ErrorCodes.ResultInvalid);
            return null;
        }

        if (named is not ObjectType runtimeType)
        {
            RecordError($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{runtimeName}\".", plan, path, ErrorCodes.ResultInvalid);
            return null;
        }

        if (!Schema.IsSubType(abstractType, runtimeType))
        {
            RecordError($"Runtime Object type \"{runtimeType.Name}\" is not a possible type for \"{abstractType.Name}\".", plan, path, ErrorCodes.ResultInvalid);
            return null;
        }

        return runtimeType;
    }

    private static string? TypeNameEntry(object result) => result switch
    {
        IReadOnlyDictionary<string, object?> readOnly => readOnly.TryGetValue("__typename", out var name) ? name as string : null,
        IDictionary<string, object?> dictionary => dictionary.TryGetValue("__typename", out var name) ? name as string : null,
        _ => null,
    };
}
