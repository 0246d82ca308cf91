namespace KtPortal.GraphQL.Types;

public static partial class Introspection
{
    // Wrapper types (lists, non-nulls) have no name, description or members; those fields are null for them,
    // as are the fields that do not apply to a kind (fields of a scalar, possibleTypes of an object, …).
    // https://spec.graphql.org/October2021/#sec-The-__Type-Type
    private static void BindTypeResolvers()
    {
        Resolve(TypeType, "kind", static c => Done(KindValue(((IType)c.Parent()!).Kind)));
        Resolve(TypeType, "name", static c => Done((c.Parent() as INamedType)?.Name));
        Resolve(TypeType, "description", static c => Done((c.Parent() as INamedType)?.Description));
        Resolve(TypeType, "specifiedByURL", static c => Done((c.Parent() as ScalarType)?.SpecifiedByUrl));
        Resolve(TypeType, "fields", static c
            => Done(c.Parent() is IComplexOutputType complex ? Active(complex.Fields, IncludeDeprecated(c)) : null));
        Resolve(TypeType, "interfaces", static c => Done((c.Parent() as IComplexOutputType)?.Interfaces));
        Resolve(TypeType, "possibleTypes", static c
            => Done(c.Parent() is IAbstractType abstractType ? c.Schema.GetPossibleTypes(abstractType) : null));
        Resolve(TypeType, "enumValues", static c
            => Done(c.Parent() is EnumType enumType ? Active(enumType.Values, IncludeDeprecated(c)) : null));
        Resolve(TypeType, "inputFields", static c
            => Done(c.Parent() is InputObjectType inputType ? Active(inputType.Fields, IncludeDeprecated(c)) : null));
        Resolve(TypeType, "ofType", static c => Done(c.Parent() switch
        {
            ListType list => list.ElementType,
            NonNullType nonNull => nonNull.Type,
            _ => null,
        }));
        Resolve(TypeType, "isOneOf", static c => Done(c.Parent() is InputObjectType inputType ? Box(inputType.IsOneOf) : null));
    }

    // __TypeKind declares its values in TypeKind order; the value's runtime value is what the enum serializes.
    private static object KindValue(TypeKind kind) => TypeKindType.Values[(int)kind].RuntimeValue;
}
