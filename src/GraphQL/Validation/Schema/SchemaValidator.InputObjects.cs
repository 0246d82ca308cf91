using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation;

public static partial class SchemaValidator
{
    // https://spec.graphql.org/October2021/#sec-Input-Objects.Type-Validation
    private static void ValidateInputFields(SchemaValidationContext context, InputObjectType input)
    {
        if (input.Fields.Count == 0)
        {
            context.ReportError(
                $"Input Object type {input.Name} must define one or more fields.",
                DeclaredTypes.DefinitionAndExtensions(input));
        }

        foreach (var field in input.Fields)
        {
            ValidateName(context, field.Name, field.SyntaxNode);

            var fieldType = DeclaredTypes.TypeOf(context.Schema, field);
            if (!fieldType.IsInputType())
            {
                context.ReportError(
                    $"The type of {input.Name}.{field.Name} must be Input Type but got: {fieldType}.",
                    field.SyntaxNode?.Type);
            }

            if (DeclaredTypes.IsRequired(context.Schema, field) && field.DeprecationReason is not null)
            {
                context.ReportError(
                    $"Required input field {input.Name}.{field.Name} cannot be deprecated.",
                    DeclaredTypes.DeprecatedDirectiveOf(field.SyntaxNode),
                    field.SyntaxNode?.Type);
            }

            if (input.IsOneOf)
            {
                ValidateOneOfField(context, input, field, fieldType);
            }
        }
    }

    // https://spec.graphql.org/draft/#sec-OneOf-Input-Objects
    private static void ValidateOneOfField(SchemaValidationContext context, InputObjectType input, InputField field, IType fieldType)
    {
        if (fieldType is NonNullType)
        {
            context.ReportError(
                $"OneOf input field {input.Name}.{field.Name} must be nullable.",
                field.SyntaxNode?.Type);
        }

        if (DefaultValueCoercion.HasDefault(context.Schema, field, fieldType))
        {
            context.ReportError(
                $"OneOf input field {input.Name}.{field.Name} cannot have a default value.",
                field.SyntaxNode);
        }
    }
}
