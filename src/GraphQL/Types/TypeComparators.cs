namespace KtPortal.GraphQL.Types;

/// <summary>Type relations used by validation (graphql-js <c>typeComparators</c>).</summary>
public static class TypeComparators
{
    /// <summary>Whether two types are the same, wrappers included.</summary>
    public static bool IsEqualType(IType typeA, IType typeB)
    {
        while (true)
        {
            if (ReferenceEquals(typeA, typeB))
            {
                return true;
            }

            switch (typeA)
            {
                case NonNullType nonNullA when typeB is NonNullType nonNullB:
                    typeA = nonNullA.Type;
                    typeB = nonNullB.Type;
                    continue;
                case ListType listA when typeB is ListType listB:
                    typeA = listA.ElementType;
                    typeB = listB.ElementType;
                    continue;
                default:
                    return false;
            }
        }
    }

    /// <summary>Whether <paramref name="maybeSubType"/> may be used where <paramref name="superType"/> is expected.</summary>
    // https://spec.graphql.org/October2021/#sec-Objects.Type-Validation
    public static bool IsTypeSubTypeOf(Schema schema, IType maybeSubType, IType superType)
    {
        ArgumentNullException.ThrowIfNull(schema);
        while (true)
        {
            if (ReferenceEquals(maybeSubType, superType))
            {
                return true;
            }

            if (superType is NonNullType superNonNull)
            {
                if (maybeSubType is NonNullType subNonNull)
                {
                    maybeSubType = subNonNull.Type;
                    superType = superNonNull.Type;
                    continue;
                }

                return false;
            }

            if (maybeSubType is NonNullType nonNullSub)
            {
                maybeSubType = nonNullSub.Type;
                continue;
            }

            if (superType is ListType superList)
            {
                if (maybeSubType is ListType subList)
                {
                    maybeSubType = subList.ElementType;
                    superType = superList.ElementType;
                    continue;
                }

                return false;
            }

            if (maybeSubType is ListType)
            {
                return false;
            }

            return superType is IAbstractType abstractType
                && maybeSubType is InterfaceType or ObjectType
                && schema.IsSubType(abstractType, (ICompositeType)maybeSubType);
        }
    }

    /// <summary>Whether two composite types can share a runtime object type.</summary>
    public static bool DoTypesOverlap(Schema schema, ICompositeType typeA, ICompositeType typeB)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (typeA is IAbstractType abstractA)
        {
            if (typeB is IAbstractType abstractB)
            {
                foreach (var type in schema.GetPossibleTypes(abstractA))
                {
                    if (schema.IsSubType(abstractB, type))
                    {
                        return true;
                    }
                }

                return false;
            }

            return schema.IsSubType(abstractA, typeB);
        }

        return typeB is IAbstractType abstractTypeB && schema.IsSubType(abstractTypeB, typeA);
    }
}
