namespace KtPortal.GraphQL.Data.Paging;

/// <summary>Holds a value taken from a request (see <see cref="Members.ValueHolders"/>) so that query providers read it as a parameter, not as a literal.</summary>
/// <typeparam name="TValue">The value's type.</typeparam>
internal sealed class ValueHolder<TValue>(TValue value)
{
#pragma warning disable SA1401, CA1051 // a field, because providers parameterize field reads of constants
    public readonly TValue Value = value;
#pragma warning restore SA1401, CA1051
}
