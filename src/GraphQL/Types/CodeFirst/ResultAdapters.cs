namespace KtPortal.GraphQL.Types.CodeFirst;

/// <summary>
/// Turns what a resolver method returns into <see cref="ValueTask{TResult}"/> of <see cref="object"/>; the
/// compiled resolvers call the closed generic method chosen at build time.
/// </summary>
internal static class ResultAdapters
{
    public static ValueTask<object?> FromValue(object? value) => new(value);

    public static async ValueTask<object?> FromTaskOf<T>(Task<T> task) => await task.ConfigureAwait(false);

    public static ValueTask<object?> FromValueTaskOf<T>(ValueTask<T> task)
        => task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitValueTask(task);

    public static async ValueTask<object?> FromTask(Task task)
    {
        await task.ConfigureAwait(false);
        return null;
    }

    public static ValueTask<object?> FromValueTask(ValueTask task)
        => task.IsCompletedSuccessfully ? default : AwaitValueTask(task);

    private static async ValueTask<object?> AwaitValueTask<T>(ValueTask<T> task) => await task.ConfigureAwait(false);

    private static async ValueTask<object?> AwaitValueTask(ValueTask task)
    {
        await task.ConfigureAwait(false);
        return null;
    }
}
