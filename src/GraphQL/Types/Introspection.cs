using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>The introspection types and meta fields, with graphql-js's descriptions.</summary>
// https://spec.graphql.org/October2021/#sec-Schema-Introspection
public static partial class Introspection
{
    static Introspection()
    {
        SchemaType = new ObjectType(
            "__Schema",
            "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.",
            null);
        DirectiveType = new ObjectType(
            "__Directive",
            "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.",
            null);
        DirectiveLocationType = CreateDirectiveLocationType();
        TypeType = new ObjectType(
            "__Type",
            "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.",
            null);
        FieldType = new ObjectType(
            "__Field",
            "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.",
            null);
        InputValueType = new ObjectType(
            "__InputValue",
            "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.",
            null);
        EnumValueType = new ObjectType(
            "__EnumValue",
            "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.",
            null);
        TypeKindType = CreateTypeKindType();

        CompleteSchemaType();
        CompleteDirectiveType();
        CompleteTypeType();
        CompleteFieldType();
        CompleteInputValueType();
        CompleteEnumValueType();

        SchemaField = new OutputField("__schema", NonNull(SchemaType), description: "Access the current type schema of this server.");
        TypeField = new OutputField(
            "__type",
            TypeType,
            [new Argument("name", NonNull(SpecifiedScalars.String))],
            "Request the type information of a single type.");
        TypeNameField = new OutputField("__typename", NonNull(SpecifiedScalars.String), description: "The name of the current Object type at runtime.");
        Types = [SchemaType, DirectiveType, DirectiveLocationType, TypeType, FieldType, InputValueType, EnumValueType, TypeKindType];
        BindResolvers();
    }

    /// <summary><c>__Schema</c>.</summary>
    public static ObjectType SchemaType { get; }

    /// <summary><c>__Directive</c>.</summary>
    public static ObjectType DirectiveType { get; }

    /// <summary><c>__DirectiveLocation</c>.</summary>
    public static EnumType DirectiveLocationType { get; }

    /// <summary><c>__Type</c>.</summary>
    public static ObjectType TypeType { get; }

    /// <summary><c>__Field</c>.</summary>
    public static ObjectType FieldType { get; }

    /// <summary><c>__InputValue</c>.</summary>
    public static ObjectType InputValueType { get; }

    /// <summary><c>__EnumValue</c>.</summary>
    public static ObjectType EnumValueType { get; }

    /// <summary><c>__TypeKind</c>.</summary>
    public static EnumType TypeKindType { get; }

    /// <summary>The <c>__schema</c> meta field, available on the query root type.</summary>
    public static OutputField SchemaField { get; }

    /// <summary>The <c>__type(name: String!)</c> meta field, available on the query root type.</summary>
    public static OutputField TypeField { get; }

    /// <summary>The <c>__typename</c> meta field, available on every composite type.</summary>
    public static OutputField TypeNameField { get; }

    /// <summary>All introspection types, in graphql-js <c>introspectionTypes</c> order.</summary>
    public static IReadOnlyList<INamedType> Types { get; }

    /// <summary>Whether <paramref name="typeName"/> names an introspection type.</summary>
    public static bool IsIntrospectionType(string typeName)
        => typeName is "__Schema" or "__Directive" or "__DirectiveLocation" or "__Type" or "__Field"
            or "__InputValue" or "__EnumValue" or "__TypeKind";

    private static NonNullType NonNull(IType type) => new(type);

    private static ListType ListOfNonNull(IType type) => new(new NonNullType(type));

    private static Argument IncludeDeprecated(bool nonNull)
        => new(
            "includeDeprecated",
            nonNull ? NonNull(SpecifiedScalars.Boolean) : SpecifiedScalars.Boolean,
            new BooleanValueNode(null, false));

    private static OutputField Field(string name, IOutputType type, string? description = null, params Argument[] arguments)
        => new(name, type, arguments, description);

    private static void CompleteSchemaType()
        => SchemaType.Complete(
            new FieldCollection<OutputField>(
            [
                Field("description", SpecifiedScalars.String),
                Field("types", NonNull(ListOfNonNull(TypeType)), "A list of all types supported by this server."),
                Field("queryType", NonNull(TypeType), "The type that query operations will be rooted at."),
                Field("mutationType", TypeType, "If this server supports mutation, the type that mutation operations will be rooted at."),
                Field("subscriptionType", TypeType, "If this server support subscription, the type that subscription operations will be rooted at."),
                Field("directives", NonNull(ListOfNonNull(DirectiveType)), "A list of all directives supported by this server.", IncludeDeprecated(nonNull: true)),
            ]),
            []);

    private static void CompleteDirectiveType()
        => DirectiveType.Complete(
            new FieldCollection<OutputField>(
            [
                Field("name", NonNull(SpecifiedScalars.String)),
                Field("description", SpecifiedScalars.String),
                Field("isRepeatable", NonNull(SpecifiedScalars.Boolean)),
                Field("locations", NonNull(ListOfNonNull(DirectiveLocationType))),
                Field("args", NonNull(ListOfNonNull(InputValueType)), null, IncludeDeprecated(nonNull: false)),
                Field("isDeprecated", NonNull(SpecifiedScalars.Boolean)),
                Field("deprecationReason", SpecifiedScalars.String),
            ]),
            []);

    private static void CompleteTypeType()
        => TypeType.Complete(
            new FieldCollection<OutputField>(
            [
                Field("kind", NonNull(TypeKindType)),
                Field("name", SpecifiedScalars.String),
                Field("description", SpecifiedScalars.String),
                Field("specifiedByURL", SpecifiedScalars.String),
                Field("fields", ListOfNonNull(FieldType), null, IncludeDeprecated(nonNull: false)),
                Field("interfaces", ListOfNonNull(TypeType)),
                Field("possibleTypes", ListOfNonNull(TypeType)),
                Field("enumValues", ListOfNonNull(EnumValueType), null, IncludeDeprecated(nonNull: false)),
                Field("inputFields", ListOfNonNull(InputValueType), null, IncludeDeprecated(nonNull: false)),
                Field("ofType", TypeType),
                Field("isOneOf", SpecifiedScalars.Boolean),
            ]),
            []);

    private static void CompleteFieldType()
        => FieldType.Complete(
            new FieldCollection<OutputField>(
            [
                Field("name", NonNull(SpecifiedScalars.String)),
                Field("description", SpecifiedScalars.String),
                Field("args", NonNull(ListOfNonNull(InputValueType)), null, IncludeDeprecated(nonNull: false)),
                Field("type", NonNull(TypeType)),
                Field("isDeprecated", NonNull(SpecifiedScalars.Boolean)),
                Field("deprecationReason", SpecifiedScalars.String),
            ]),
            []);

    private static void CompleteInputValueType()
        => InputValueType.Complete(
            new FieldCollection<OutputField>(
            [
                Field("name", NonNull(SpecifiedScalars.String)),
                Field("description", SpecifiedScalars.String),
                Field("type", NonNull(TypeType)),
                Field("defaultValue", SpecifiedScalars.String, "A GraphQL-formatted string representing the default value for this input value."),
                Field("isDeprecated", NonNull(SpecifiedScalars.Boolean)),
                Field("deprecationReason", SpecifiedScalars.String),
            ]),
            []);

    private static void CompleteEnumValueType()
        => EnumValueType.Complete(
            new FieldCollection<OutputField>(
            [
                Field("name", NonNull(SpecifiedScalars.String)),
                Field("description", SpecifiedScalars.String),
                Field("isDeprecated", NonNull(SpecifiedScalars.Boolean)),
                Field("deprecationReason", SpecifiedScalars.String),
            ]),
            []);
}
