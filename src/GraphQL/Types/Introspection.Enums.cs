namespace KtPortal.GraphQL.Types;

public static partial class Introspection
{
    private static EnumType CreateTypeKindType()
        => new(
            "__TypeKind",
            [
                new EnumValue("SCALAR", "Indicates this type is a scalar."),
                new EnumValue("OBJECT", "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
                new EnumValue("INTERFACE", "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
                new EnumValue("UNION", "Indicates this type is a union. `possibleTypes` is a valid field."),
                new EnumValue("ENUM", "Indicates this type is an enum. `enumValues` is a valid field."),
                new EnumValue("INPUT_OBJECT", "Indicates this type is an input object. `inputFields` is a valid field."),
                new EnumValue("LIST", "Indicates this type is a list. `ofType` is a valid field."),
                new EnumValue("NON_NULL", "Indicates this type is a non-null. `ofType` is a valid field."),
            ],
            "An enum describing what kind of type a given `__Type` is.");

    private static EnumType CreateDirectiveLocationType()
        => new(
            "__DirectiveLocation",
            [
                new EnumValue("QUERY", "Location adjacent to a query operation."),
                new EnumValue("MUTATION", "Location adjacent to a mutation operation."),
                new EnumValue("SUBSCRIPTION", "Location adjacent to a subscription operation."),
                new EnumValue("FIELD", "Location adjacent to a field."),
                new EnumValue("FRAGMENT_DEFINITION", "Location adjacent to a fragment definition."),
                new EnumValue("FRAGMENT_SPREAD", "Location adjacent to a fragment spread."),
                new EnumValue("INLINE_FRAGMENT", "Location adjacent to an inline fragment."),
                new EnumValue("VARIABLE_DEFINITION", "Location adjacent to a variable definition."),
                new EnumValue("SCHEMA", "Location adjacent to a schema definition."),
                new EnumValue("SCALAR", "Location adjacent to a scalar definition."),
                new EnumValue("OBJECT", "Location adjacent to an object type definition."),
                new EnumValue("FIELD_DEFINITION", "Location adjacent to a field definition."),
                new EnumValue("ARGUMENT_DEFINITION", "Location adjacent to an argument definition."),
                new EnumValue("INTERFACE", "Location adjacent to an interface definition."),
                new EnumValue("UNION", "Location adjacent to a union definition."),
                new EnumValue("ENUM", "Location adjacent to an enum definition."),
                new EnumValue("ENUM_VALUE", "Location adjacent to an enum value definition."),
                new EnumValue("INPUT_OBJECT", "Location adjacent to an input object type definition."),
                new EnumValue("INPUT_FIELD_DEFINITION", "Location adjacent to an input object field definition."),
                new EnumValue("DIRECTIVE_DEFINITION", "Location adjacent to a directive definition."),
            ],
            "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");
}
