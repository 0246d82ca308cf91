namespace KtPortal.GraphQL.Types;

/// <summary>
/// The result of a convention mutation: the value for its payload, or one or more declared errors (returned as
/// data in the payload's <c>errors</c>). Converts implicitly from the value and from a <see cref="MutationError"/>.
/// </summary>
/// <typeparam name="TValue">The type of the payload field.</typeparam>
public readonly record struct MutationResult<TValue> : IMutationResult
{
    private MutationResult(TValue? value, IReadOnlyList<object>? errors)
    {
        Value = value;
        Errors = errors;
    }

    /// <summary>The value, when there are no errors.</summary>
    public TValue? Value { get; }

    /// <inheritdoc />
    public IReadOnlyList<object>? Errors { get; }

    object? IMutationResult.Value => Value;

    /// <summary>A successful result.</summary>
    public static implicit operator MutationResult<TValue>(TValue value) => new(value, null);

    /// <summary>A failed result with one error.</summary>
    public static implicit operator MutationResult<TValue>(MutationError error) => FromErrors(error);

    /// <summary>A successful result.</summary>
    public static MutationResult<TValue> FromValue(TValue value) => new(value, null);

    /// <summary>A failed result with one or more error objects of the declared error types.</summary>
    public static MutationResult<TValue> FromErrors(params IReadOnlyList<object> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentOutOfRangeException.ThrowIfZero(errors.Count);
        return new(default, errors);
    }
}
