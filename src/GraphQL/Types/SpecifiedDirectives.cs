using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>The directives every schema has: @include, @skip, @deprecated, @specifiedBy and @oneOf.</summary>
// https://spec.graphql.org/October2021/#sec-Type-System.Directives.Built-in-Directives
public static class SpecifiedDirectives
{
    /// <summary>The reason used when <c>@deprecated</c> has no <c>reason</c> argument.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary><c>@include(if: Boolean!)</c>.</summary>
    // https://spec.graphql.org/October2021/#sec--include
    public static DirectiveDefinition Include { get; } = new(
        "include",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        [new Argument("if", new NonNullType(SpecifiedScalars.Boolean), description: "Included when true.")],
        description: "Directs the executor to include this field or fragment only when the `if` argument is true.");

    /// <summary><c>@skip(if: Boolean!)</c>.</summary>
    // https://spec.graphql.org/October2021/#sec--skip
    public static DirectiveDefinition Skip { get; } = new(
        "skip",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        [new Argument("if", new NonNullType(SpecifiedScalars.Boolean), description: "Skipped when true.")],
        description: "Directs the executor to skip this field or fragment when the `if` argument is true.");

    /// <summary><c>@deprecated(reason: String = "No longer supported")</c>.</summary>
    // https://spec.graphql.org/October2021/#sec--deprecated
    public static DirectiveDefinition Deprecated { get; } = new(
        "deprecated",
        [
            DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition,
            DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue,
            DirectiveLocation.DirectiveDefinition,
        ],
        [
            new Argument(
                "reason",
                SpecifiedScalars.String,
                new StringValueNode(null, DefaultDeprecationReason, false),
                "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/)."),
        ],
        description: "Marks an element of a GraphQL schema as no longer supported.");

    /// <summary><c>@specifiedBy(url: String!)</c>.</summary>
    // https://spec.graphql.org/October2021/#sec--specifiedBy
    public static DirectiveDefinition SpecifiedBy { get; } = new(
        "specifiedBy",
        [DirectiveLocation.Scalar],
        [new Argument("url", new NonNullType(SpecifiedScalars.String), description: "The URL that specifies the behavior of this scalar.")],
        description: "Exposes a URL that specifies the behavior of this scalar.");

    /// <summary><c>@oneOf</c> on input objects.</summary>
    // https://spec.graphql.org/draft/#sec--oneOf
    public static DirectiveDefinition OneOf { get; } = new(
        "oneOf",
        [DirectiveLocation.InputObject],
        description: "Indicates exactly one field must be supplied and this field must not be `null`.");

    /// <summary>All specified directives, in graphql-js <c>specifiedDirectives</c> order.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    /// <summary>Whether <paramref name="name"/> names a specified directive.</summary>
    public static bool IsSpecified(string name)
        => name is "include" or "skip" or "deprecated" or "specifiedBy" or "oneOf";
}
