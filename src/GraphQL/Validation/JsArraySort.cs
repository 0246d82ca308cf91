namespace KtPortal.GraphQL.Validation;

/// <summary>
/// Sorts the way V8's <c>Array.prototype.sort</c> does (TimSort: an initial run, then binary insertion),
/// so that comparators which are not total orders still give graphql-js's exact order.
/// </summary>
internal static class JsArraySort
{
    private const int InsertionSortLimit = 64;

    public static void Sort<T>(List<T> items, Comparison<T> compare)
    {
        if (items.Count < 2)
        {
            return;
        }

        if (items.Count >= InsertionSortLimit)
        {
            // Beyond V8's single-run size the comparators used here are consistent, so any stable sort agrees.
            var indexed = new List<(T Item, int Index)>(items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                indexed.Add((items[i], i));
            }

            indexed.Sort((a, b) => compare(a.Item, b.Item) is var order && order != 0 ? order : a.Index - b.Index);
            for (var i = 0; i < items.Count; i++)
            {
                items[i] = indexed[i].Item;
            }

            return;
        }

        var runLength = CountAndMakeRun(items, compare);
        BinaryInsertionSort(items, compare, runLength);
    }

    private static int CountAndMakeRun<T>(List<T> items, Comparison<T> compare)
    {
        var runLength = 2;
        var isDescending = compare(items[1], items[0]) < 0;
        var previous = items[1];
        for (var i = 2; i < items.Count; i++)
        {
            var current = items[i];
            var order = compare(current, previous);
            if (isDescending ? order >= 0 : order < 0)
            {
                break;
            }

            previous = current;
            runLength++;
        }

        if (isDescending)
        {
            items.Reverse(0, runLength);
        }

        return runLength;
    }

    private static void BinaryInsertionSort<T>(List<T> items, Comparison<T> compare, int start)
    {
        for (; start < items.Count; start++)
        {
            var left = 0;
            var right = start;
            var pivot = items[start];
            while (left < right)
            {
                var middle = left + ((right - left) >> 1);
                if (compare(pivot, items[middle]) < 0)
                {
                    right = middle;
                }
                else
                {
                    left = middle + 1;
                }
            }

            for (var p = start; p > left; p--)
            {
                items[p] = items[p - 1];
            }

            items[left] = pivot;
        }
    }
}
