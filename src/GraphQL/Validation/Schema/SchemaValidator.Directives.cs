using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation;

public static partial class SchemaValidator
{
    // https://spec.graphql.org/October2021/#sec-Type-System.Directives.Validation
    private static void ValidateDirectives(SchemaValidationContext context)
    {
        foreach (var directive in context.Schema.DirectiveList)
        {
            ValidateName(context, directive.Name, directive.SyntaxNode);

            if (directive.Locations.Count == 0)
            {
                context.ReportError($"Directive @{directive.Name} must include 1 or more locations.", directive.SyntaxNode);
            }

            foreach (var argument in directive.Arguments)
            {
                ValidateName(context, argument.Name, argument.SyntaxNode);

                var type = DeclaredTypes.TypeOf(context.Schema, argument);
                if (!type.IsInputType())
                {
                    context.ReportError(
                        $"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {type}.",
                        argument.SyntaxNode);
                }

                if (DeclaredTypes.IsRequired(context.Schema, argument) && argument.DeprecationReason is not null)
                {
                    context.ReportError(
                        $"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.",
                        DeclaredTypes.DeprecatedDirectiveOf(argument.SyntaxNode),
                        argument.SyntaxNode?.Type);
                }
            }
        }
    }
}
