using System.Collections;
using System.Reflection;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types.CodeFirst;

// CLR type -> GraphQL type reference: nullability from C# annotations, lists from enumerables, named types by
// convention. Value types are non-null unless Nullable<T>; reference types are non-null only when annotated so.
internal sealed partial class CodeFirstCompiler
{
    private static readonly HashSet<Type> ListDefinitions =
    [
        typeof(IEnumerable<>), typeof(IAsyncEnumerable<>), typeof(List<>), typeof(IList<>), typeof(IReadOnlyList<>),
        typeof(ICollection<>), typeof(IReadOnlyCollection<>), typeof(HashSet<>), typeof(ISet<>), typeof(IReadOnlySet<>),
    ];

    /// <summary>The type of a field, argument or input field, honouring <see cref="GraphQLTypeAttribute"/>.</summary>
    private ITypeNode? TypeReference(ICustomAttributeProvider member, Type type, NullabilityInfo? nullability, bool isInput, string origin)
    {
        var forceNonNull = member.IsDefined(typeof(GraphQLNonNullTypeAttribute), true);
        if (member.GetCustomAttributes(typeof(GraphQLTypeAttribute), true) is [GraphQLTypeAttribute explicitType, ..])
        {
            if (explicitType.TypeSyntax is { } syntax)
            {
                return ParseTypeSyntax(syntax, origin);
            }

            if (typeof(ScalarType).IsAssignableFrom(explicitType.Type))
            {
                var scalar = ScalarInstance(explicitType.Type!, origin);
                if (scalar is null)
                {
                    return null;
                }

                _scalars.TryAdd(scalar.Name, scalar);
                var named = new NamedTypeNode(null, new NameNode(null, scalar.Name));
                return forceNonNull || IsNonNull(type, nullability) ? new NonNullTypeNode(null, named) : named;
            }

            var reference = Map(explicitType.Type!, null, isInput, origin);
            return reference is not null && !IsNonNull(type, nullability) && reference is NonNullTypeNode nonNull && !forceNonNull
                ? nonNull.Type
                : reference;
        }

        var mapped = Map(type, nullability, isInput, origin);
        return forceNonNull && mapped is not (null or NonNullTypeNode) ? new NonNullTypeNode(null, mapped) : mapped;
    }

    // https://spec.graphql.org/October2021/#sec-Type-References
    private ITypeNode? Map(Type type, NullabilityInfo? nullability, bool isInput, string origin)
    {
        var nonNull = IsNonNull(type, nullability);
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            type = underlying;
            nullability = nullability?.GenericTypeArguments is [var inner] ? inner : null;
        }

        ITypeNode? reference;
        if (TryGetListElement(type, nullability, out var element, out var elementNullability))
        {
            var elementReference = Map(element, elementNullability, isInput, origin);
            reference = elementReference is null ? null : new ListTypeNode(null, elementReference);
        }
        else
        {
            var name = NamedType(type, isInput, origin);
            reference = name is null ? null : new NamedTypeNode(null, new NameNode(null, name));
        }

        return reference is not null && nonNull ? new NonNullTypeNode(null, reference) : reference;
    }

    private static bool IsNonNull(Type type, NullabilityInfo? nullability)
        => type.IsValueType
            ? Nullable.GetUnderlyingType(type) is null
            : nullability?.ReadState == NullabilityState.NotNull;

    private static bool TryGetListElement(Type type, NullabilityInfo? nullability, out Type element, out NullabilityInfo? elementNullability)
    {
        element = typeof(object);
        elementNullability = null;
        if (type == typeof(string) || typeof(IDictionary).IsAssignableFrom(type))
        {
            return false;
        }

        if (type.IsArray)
        {
            element = type.GetElementType()!;
            elementNullability = nullability?.ElementType;
            return true;
        }

        if (type.IsGenericType && ListDefinitions.Contains(type.GetGenericTypeDefinition()))
        {
            element = type.GetGenericArguments()[0];
            elementNullability = nullability?.GenericTypeArguments is [var inner] ? inner : null;
            return true;
        }

        var enumerable = type.GetInterfaces().FirstOrDefault(i => i.IsGenericType
            && (i.GetGenericTypeDefinition() == typeof(IEnumerable<>) || i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>)));
        if (enumerable is null || IsDictionary(type))
        {
            return false;
        }

        element = enumerable.GetGenericArguments()[0];
        return true;
    }

    private static bool IsDictionary(Type type)
        => type.GetInterfaces().Append(type).Any(i => i.IsGenericType
            && (i.GetGenericTypeDefinition() == typeof(IDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)));

    /// <summary>Task, ValueTask and their results unwrap to the result type.</summary>
    private static (Type Type, NullabilityInfo? Nullability) UnwrapTask(Type type, NullabilityInfo? nullability)
    {
        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            return (type.GetGenericArguments()[0], nullability?.GenericTypeArguments is [var inner] ? inner : null);
        }

        return (type, nullability);
    }

    private string? NamedType(Type type, bool isInput, string origin)
    {
        if (!isInput && _outputNames.TryGetValue(type, out var known))
        {
            return known;
        }

        if (ScalarFor(type) is { } scalar)
        {
            if (!SpecifiedScalars.IsSpecified(scalar.Name))
            {
                _scalars.TryAdd(scalar.Name, scalar);
            }

            return scalar.Name;
        }

        if (type.IsEnum)
        {
            return EnumTypeName(type);
        }

        if (type.IsPrimitive || type == typeof(object) || type.IsPointer || typeof(Delegate).IsAssignableFrom(type)
            || IsDictionary(type) || typeof(IDictionary).IsAssignableFrom(type) || type.IsGenericParameter
            || type == typeof(Task) || type == typeof(ValueTask) || type == typeof(void))
        {
            var hint = type == typeof(long) || type == typeof(ulong) || type == typeof(uint)
                ? " GraphQL's Int is 32-bit: choose a type with [GraphQLType], or map the CLR type to a custom scalar with BindRuntimeType."
                : " Choose a type with [GraphQLType], or map the CLR type to a scalar with BindRuntimeType.";
            Error($"The CLR type {Origins.Of(type)} has no GraphQL type.{hint}", origin);
            return null;
        }

        if (isInput)
        {
            if (type.IsInterface || type.IsAbstract)
            {
                Error($"The CLR type {Origins.Of(type)} is abstract, so it cannot be an input type.", origin);
                return null;
            }

            return InputTypeName(type, origin);
        }

        if (type.IsInterface && type.GetCustomAttribute<UnionTypeAttribute>() is not null)
        {
            return UnionTypeName(type);
        }

        if ((type.IsInterface || type.IsAbstract) && type.GetCustomAttribute<InterfaceTypeAttribute>() is not null)
        {
            return InterfaceTypeName(type);
        }

        if (type.IsInterface)
        {
            Error($"The CLR interface {Origins.Of(type)} is neither an [InterfaceType] nor a [UnionType].", origin);
            return null;
        }

        return ObjectTypeName(type);
    }

    private ScalarType? ScalarFor(Type type)
    {
        if (type.IsEnum)
        {
            return null;
        }

        if (_registrations.RuntimeTypeBindings.TryGetValue(type, out var bound))
        {
            return bound;
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.String => SpecifiedScalars.String,
            TypeCode.Int32 or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Byte or TypeCode.SByte => SpecifiedScalars.Int,
            TypeCode.Double or TypeCode.Single => SpecifiedScalars.Float,
            TypeCode.Boolean => SpecifiedScalars.Boolean,
            _ => ExtendedScalars.TryGetScalarFor(type, out var scalar) ? scalar : null,
        };
    }

    private ScalarType? ScalarInstance(Type scalarType, string origin)
    {
        if (scalarType.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is ScalarType shared)
        {
            return shared;
        }

        if (scalarType.GetConstructor(Type.EmptyTypes) is { } constructor)
        {
            return (ScalarType)constructor.Invoke(null);
        }

        Error($"The scalar class {Origins.Of(scalarType)} has neither a static Instance nor a public parameterless constructor.", origin);
        return null;
    }

    private ITypeNode? ParseTypeSyntax(string syntax, string origin)
    {
        try
        {
            return WithoutLocations(Utf8GraphQLParser.ParseType(syntax));
        }
        catch (SyntaxException exception)
        {
            Error($"The type \"{syntax}\" is not a valid GraphQL type reference: {exception.Message}", origin);
            return null;
        }
    }

    private static ITypeNode WithoutLocations(ITypeNode type) => type switch
    {
        NonNullTypeNode nonNull => new NonNullTypeNode(null, WithoutLocations(nonNull.Type)),
        ListTypeNode list => new ListTypeNode(null, WithoutLocations(list.Type)),
        NamedTypeNode named => new NamedTypeNode(null, new NameNode(null, named.Name.Value)),
        _ => type,
    };
}
