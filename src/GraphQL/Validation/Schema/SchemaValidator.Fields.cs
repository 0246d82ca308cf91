using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation;

public static partial class SchemaValidator
{
    // https://spec.graphql.org/October2021/#sec-Objects.Type-Validation
    // https://spec.graphql.org/October2021/#sec-Interfaces.Type-Validation
    private static void ValidateFields(SchemaValidationContext context, IComplexOutputType type)
    {
        var named = (INamedType)type;
        if (type.Fields.Count == 0)
        {
            context.ReportError(
                $"Type {named.Name} must define one or more fields.",
                DeclaredTypes.DefinitionAndExtensions(named));
        }

        foreach (var field in type.Fields)
        {
            ValidateName(context, field.Name, field.SyntaxNode);

            var fieldType = DeclaredTypes.TypeOf(context.Schema, field);
            if (!fieldType.IsOutputType())
            {
                context.ReportError(
                    $"The type of {named.Name}.{field.Name} must be Output Type but got: {fieldType}.",
                    field.SyntaxNode?.Type);
            }

            foreach (var argument in field.Arguments)
            {
                ValidateName(context, argument.Name, argument.SyntaxNode);

                var argumentType = DeclaredTypes.TypeOf(context.Schema, argument);
                if (!argumentType.IsInputType())
                {
                    context.ReportError(
                        $"The type of {named.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argumentType}.",
                        argument.SyntaxNode?.Type);
                }

                if (DeclaredTypes.IsRequired(context.Schema, argument) && argument.DeprecationReason is not null)
                {
                    context.ReportError(
                        $"Required argument {named.Name}.{field.Name}({argument.Name}:) cannot be deprecated.",
                        DeclaredTypes.DeprecatedDirectiveOf(argument.SyntaxNode),
                        argument.SyntaxNode?.Type);
                }
            }
        }
    }
}
