namespace KtPortal.GraphQL.Types;

/// <summary>What a convention mutation returned: its value, or errors.</summary>
public interface IMutationResult
{
    /// <summary>The value for the payload field, when there are no errors.</summary>
    object? Value { get; }

    /// <summary>The error objects, or <see langword="null"/> on success.</summary>
    IReadOnlyList<object>? Errors { get; }
}
