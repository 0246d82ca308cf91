namespace KtPortal.GraphQL.Execution.Internal;

/// <summary>One completed list of the response.</summary>
internal sealed class ResultList(object?[] items)
{
    public object?[] Items { get; } = items;
}
