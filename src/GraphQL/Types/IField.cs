namespace KtPortal.GraphQL.Types;

/// <summary>A named member of a type: an output field, an input field, an argument.</summary>
public interface IField
{
    /// <summary>The member name.</summary>
    string Name { get; }

    /// <summary>The description, or <see langword="null"/>.</summary>
    string? Description { get; }

    /// <summary>The deprecation reason, or <see langword="null"/> when not deprecated.</summary>
    string? DeprecationReason { get; }

    /// <summary>Whether the member is deprecated.</summary>
    bool IsDeprecated => DeprecationReason is not null;
}
