namespace KtPortal.GraphQL.Types;

/// <summary>
/// An input value after literal coercion, shaped like the JavaScript value graphql-js holds as a default
/// value. A missing value (JavaScript <c>undefined</c>) is a C# <see langword="null"/>.
/// </summary>
internal abstract record CoercedValue
{
    public sealed record Null : CoercedValue
    {
        public static Null Instance { get; } = new();
    }

    public sealed record Boolean(bool Value) : CoercedValue;

    public sealed record Number(double Value) : CoercedValue;

    public sealed record String(string Value) : CoercedValue;

    public sealed record List(IReadOnlyList<CoercedValue> Items) : CoercedValue;

    /// <summary>Fields in insertion order; a repeated name keeps its first position and its last value.</summary>
    public sealed record Object(IReadOnlyList<KeyValuePair<string, CoercedValue>> Fields) : CoercedValue
    {
        public CoercedValue? Get(string name)
        {
            foreach (var field in Fields)
            {
                if (field.Key == name)
                {
                    return field.Value;
                }
            }

            return null;
        }
    }
}
