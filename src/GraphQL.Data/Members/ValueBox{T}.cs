namespace KtPortal.GraphQL.Data.Members;

/// <summary>
/// Holds a value taken from a request so that expression trees read it as a closure member rather than a
/// constant: EF Core then sends it as a SQL parameter and caches one plan for every value.
/// </summary>
internal sealed class ValueBox<T>(T value)
{
    public T Value { get; } = value;
}
