using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation;

public static partial class SchemaValidator
{
    // https://spec.graphql.org/October2021/#sec-Enums.Type-Validation
    private static void ValidateEnumValues(SchemaValidationContext context, EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            context.ReportError(
                $"Enum type {enumType.Name} must define one or more values.",
                DeclaredTypes.DefinitionAndExtensions(enumType));
        }

        foreach (var value in enumType.Values)
        {
            // https://spec.graphql.org/October2021/#EnumValue
            if (value.Name is "true" or "false" or "null")
            {
                context.ReportError($"Enum values cannot be named: {value.Name}", value.SyntaxNode);
                continue;
            }

            ValidateName(context, value.Name, value.SyntaxNode);
        }
    }
}
