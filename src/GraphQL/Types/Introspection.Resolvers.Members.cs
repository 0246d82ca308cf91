namespace KtPortal.GraphQL.Types;

public static partial class Introspection
{
    // https://spec.graphql.org/October2021/#sec-The-__Field-Type
    private static void BindFieldResolvers()
    {
        Resolve(FieldType, "name", static c => Done(((OutputField)c.Parent()!).Name));
        Resolve(FieldType, "description", static c => Done(((OutputField)c.Parent()!).Description));
        Resolve(FieldType, "args", static c => Done(Active(((OutputField)c.Parent()!).Arguments, IncludeDeprecated(c))));
        Resolve(FieldType, "type", static c => Done(((OutputField)c.Parent()!).Type));
        Resolve(FieldType, "isDeprecated", static c => Done(Box(((OutputField)c.Parent()!).IsDeprecated)));
        Resolve(FieldType, "deprecationReason", static c => Done(((OutputField)c.Parent()!).DeprecationReason));
    }

    // Arguments and input fields share InputValueDefinition.
    // https://spec.graphql.org/October2021/#sec-The-__InputValue-Type
    private static void BindInputValueResolvers()
    {
        Resolve(InputValueType, "name", static c => Done(((InputValueDefinition)c.Parent()!).Name));
        Resolve(InputValueType, "description", static c => Done(((InputValueDefinition)c.Parent()!).Description));
        Resolve(InputValueType, "type", static c => Done(((InputValueDefinition)c.Parent()!).Type));
        Resolve(InputValueType, "defaultValue", static c => Done(PrintedDefaultValue((InputValueDefinition)c.Parent()!)));
        Resolve(InputValueType, "isDeprecated", static c => Done(Box(((InputValueDefinition)c.Parent()!).IsDeprecated)));
        Resolve(InputValueType, "deprecationReason", static c => Done(((InputValueDefinition)c.Parent()!).DeprecationReason));
    }

    // https://spec.graphql.org/October2021/#sec-The-__EnumValue-Type
    private static void BindEnumValueResolvers()
    {
        Resolve(EnumValueType, "name", static c => Done(((EnumValue)c.Parent()!).Name));
        Resolve(EnumValueType, "description", static c => Done(((EnumValue)c.Parent()!).Description));
        Resolve(EnumValueType, "isDeprecated", static c => Done(Box(((EnumValue)c.Parent()!).IsDeprecated)));
        Resolve(EnumValueType, "deprecationReason", static c => Done(((EnumValue)c.Parent()!).DeprecationReason));
    }
}
