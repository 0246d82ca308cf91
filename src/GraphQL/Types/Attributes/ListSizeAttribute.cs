namespace KtPortal.GraphQL;

/// <summary>
/// Applies <c>@listSize</c> to a field, telling static cost analysis how long the lists it returns are.
/// </summary>
// https://ibm.github.io/graphql-specs/cost-spec.html
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method)]
public sealed class ListSizeAttribute : Attribute
{
    private int? _assumedSize;

    /// <summary>The most items the list holds when no slicing argument says otherwise; unset by default.</summary>
    public int AssumedSize
    {
        get => _assumedSize ?? 0;
        set => _assumedSize = value;
    }

    /// <summary>The arguments whose value is the list's length (for example <c>first</c> and <c>last</c>).</summary>
    public string[]? SlicingArguments { get; set; }

    /// <summary>The sub-fields whose lists the size applies to, instead of the field's own result.</summary>
    public string[]? SizedFields { get; set; }

    /// <summary>Whether a request must give exactly one of the slicing arguments. True by default, as in the specification.</summary>
    public bool RequireOneSlicingArgument { get; set; } = true;

    internal int? AssumedSizeOrNull => _assumedSize;
}
