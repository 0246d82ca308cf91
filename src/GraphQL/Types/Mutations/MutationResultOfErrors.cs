namespace KtPortal.GraphQL.Types;

/// <summary>A <see cref="MutationResult{TValue}"/> that also converts implicitly from its two error types.</summary>
/// <typeparam name="TValue">The type of the payload field.</typeparam>
/// <typeparam name="TError1">A declared error type.</typeparam>
/// <typeparam name="TError2">Another declared error type.</typeparam>
public readonly record struct MutationResult<TValue, TError1, TError2> : IMutationResult
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
    public static implicit operator MutationResult<TValue, TError1, TError2>(TValue value) => new(value, null);

    /// <summary>A failed result.</summary>
    public static implicit operator MutationResult<TValue, TError1, TError2>(TError1 error) => new(default, [error!]);

    /// <summary>A failed result.</summary>
    public static implicit operator MutationResult<TValue, TError1, TError2>(TError2 error) => new(default, [error!]);

    /// <summary>A successful result.</summary>
    public static MutationResult<TValue, TError1, TError2> FromValue(TValue value) => new(value, null);

    /// <summary>A failed result with one or more errors, each of a declared error type.</summary>
    public static MutationResult<TValue, TError1, TError2> FromErrors(params IReadOnlyList<object> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentOutOfRangeException.ThrowIfZero(errors.Count);
        return new(default, errors);
    }
}
