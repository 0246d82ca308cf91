namespace KtPortal.GraphQL.Types;

/// <summary>Where a directive may appear; declared in the order of <c>__DirectiveLocation</c>.</summary>
// https://spec.graphql.org/October2021/#DirectiveLocations
public enum DirectiveLocation
{
    /// <summary>QUERY</summary>
    Query,

    /// <summary>MUTATION</summary>
    Mutation,

    /// <summary>SUBSCRIPTION</summary>
    Subscription,

    /// <summary>FIELD</summary>
    Field,

    /// <summary>FRAGMENT_DEFINITION</summary>
    FragmentDefinition,

    /// <summary>FRAGMENT_SPREAD</summary>
    FragmentSpread,

    /// <summary>INLINE_FRAGMENT</summary>
    InlineFragment,

    /// <summary>VARIABLE_DEFINITION</summary>
    VariableDefinition,

    /// <summary>SCHEMA</summary>
    Schema,

    /// <summary>SCALAR</summary>
    Scalar,

    /// <summary>OBJECT</summary>
    Object,

    /// <summary>FIELD_DEFINITION</summary>
    FieldDefinition,

    /// <summary>ARGUMENT_DEFINITION</summary>
    ArgumentDefinition,

    /// <summary>INTERFACE</summary>
    Interface,

    /// <summary>UNION</summary>
    Union,

    /// <summary>ENUM</summary>
    Enum,

    /// <summary>ENUM_VALUE</summary>
    EnumValue,

    /// <summary>INPUT_OBJECT</summary>
    InputObject,

    /// <summary>INPUT_FIELD_DEFINITION</summary>
    InputFieldDefinition,

    /// <summary>DIRECTIVE_DEFINITION</summary>
    DirectiveDefinition,
}
