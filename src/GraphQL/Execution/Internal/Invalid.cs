namespace KtPortal.GraphQL.Execution.Internal;

/// <summary>
/// Marks a position whose value failed (its error already recorded): the nearest nullable position above it
/// becomes null.
/// </summary>
// https://spec.graphql.org/October2021/#sec-Handling-Field-Errors
internal static class Invalid
{
    public static readonly object Value = new();

    public static bool Is(object? value) => ReferenceEquals(value, Value);
}
