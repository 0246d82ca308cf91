namespace KtPortal.GraphQL.Types;

/// <summary>A <see cref="MutationResult{TValue}"/> that also converts implicitly from its one error type.</summary>
/// <typeparam name="TValue">The type of the payload field.</typeparam>
/// <typeparam name="TError">The declared error type.</typeparam>
public readonly record struct MutationResult<TValue, TError> : IMutationResult
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
    public static implicit operator MutationResult<TValue, TError>(TValue value) => new(value, null);

    /// <summary>A failed result.</summary>
    public static implicit operator MutationResult<TValue, TError>(TError error) => FromErrors(error);

    /// <summary>A successful result.</summary>
    public static MutationResult<TValue, TError> FromValue(TValue value) => new(value, null);

    /// <summary>A failed result with one or more errors.</summary>
    public static MutationResult<TValue, TError> FromErrors(params IReadOnlyList<TError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentOutOfRangeException.ThrowIfZero(errors.Count);
        return new(default, [.. errors.Select(e => (object)e!)]);
    }
}
