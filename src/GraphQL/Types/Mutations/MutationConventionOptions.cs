namespace KtPortal.GraphQL.Types;

/// <summary>Options of <c>AddMutationConventions</c>.</summary>
public sealed class MutationConventionOptions
{
    /// <summary>Whether every mutation field declared by a method follows the conventions, not only <c>[UseMutationConvention]</c> ones.</summary>
    public bool ApplyToAllMutations { get; set; }
}
