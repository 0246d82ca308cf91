using System.Globalization;

namespace KtPortal.GraphQL;

/// <summary>
/// Applies <c>@cost(weight:)</c> to a field, argument, input field or object type, for static cost analysis.
/// </summary>
/// <param name="weight">What the member adds to the operation's cost wherever it appears.</param>
// https://ibm.github.io/graphql-specs/cost-spec.html
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Class)]
public sealed class CostAttribute(double weight) : Attribute
{
    /// <summary>The weight.</summary>
    public double Weight { get; } = weight;

    /// <summary>The weight as the directive's <c>String!</c> argument spells it.</summary>
    internal string WeightText => Weight.ToString("R", CultureInfo.InvariantCulture);
}
