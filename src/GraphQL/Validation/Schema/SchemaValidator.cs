using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation;

// https://spec.graphql.org/October2021/#sec-Type-System

/// <summary>
/// Checks that a built schema obeys the type-system rules graphql-js checks in <c>validateSchema</c>:
/// root operation types, directive definitions, names, fields and arguments, interface implementations,
/// union members, enum values, input objects (including <c>@oneOf</c>) and circular non-null input references.
/// </summary>
public static partial class SchemaValidator
{
    /// <summary>
    /// Validates <paramref name="schema"/> and returns the errors in the order graphql-js reports them.
    /// Each error has <see cref="GraphQLError.Code"/> <c>SCHEMA_INVALID</c>.
    /// </summary>
    /// <param name="schema">The schema to check.</param>
    /// <returns>The errors; empty when the schema is valid.</returns>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema) => Validate(schema, null);

    /// <summary>
    /// Validates a schema some of whose definitions were generated from C# members; errors at those definitions
    /// name the member in the message and in <c>extensions.member</c>.
    /// </summary>
    internal static IReadOnlyList<GraphQLError> Validate(Schema schema, IReadOnlyDictionary<Language.ISyntaxNode, string>? origins)
    {
        ArgumentNullException.ThrowIfNull(schema);

        var context = new SchemaValidationContext(schema, origins);
        ValidateRootTypes(context);
        ValidateDirectives(context);
        ValidateTypes(context);
        return context.Errors;
    }

    private static void ValidateTypes(SchemaValidationContext context)
    {
        var cycles = new InputObjectCycleDetector(context);
        foreach (var type in context.Schema.TypeList)
        {
            if (!Introspection.IsIntrospectionType(type.Name))
            {
                ValidateName(context, type.Name, type.SyntaxNode);
            }

            switch (type)
            {
                case ObjectType or InterfaceType:
                    var complex = (IComplexOutputType)type;
                    ValidateFields(context, complex);
                    ValidateInterfaces(context, complex);
                    break;
                case UnionType union:
                    ValidateUnionMembers(context, union);
                    break;
                case EnumType enumType:
                    ValidateEnumValues(context, enumType);
                    break;
                case InputObjectType input:
                    ValidateInputFields(context, input);
                    cycles.Detect(input);
                    break;
            }
        }
    }

    // https://spec.graphql.org/October2021/#sec-Names.Reserved-Names
    // Names from SDL are well formed by construction; names given in code are checked with the messages
    // graphql-js's constructors throw (assertName), since our model does not check them itself.
    private static void ValidateName(SchemaValidationContext context, string name, Language.ISyntaxNode? node)
    {
        if (WellFormedNameError(name) is { } error)
        {
            context.ReportError(error, node);
        }
        else if (name.StartsWith("__", StringComparison.Ordinal))
        {
            context.ReportError(
                $"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                node);
        }
    }

    // https://spec.graphql.org/October2021/#Name
    private static string? WellFormedNameError(string name)
    {
        if (name.Length == 0)
        {
            return "Expected name to be a non-empty string.";
        }

        for (var i = 1; i < name.Length; i++)
        {
            if (!char.IsAsciiLetterOrDigit(name[i]) && name[i] != '_')
            {
                return $"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.";
            }
        }

        return char.IsAsciiLetter(name[0]) || name[0] == '_'
            ? null
            : $"Names must start with [_a-zA-Z] but \"{name}\" does not.";
    }
}
