using KtPortal.GraphQL.Validation;

namespace KtPortal.GraphQL.Types;

public sealed partial class SchemaBuilder
{
    private sealed partial class Builder
    {
        // graphql-js keeps a default only when valueFromAST can coerce it to the type; otherwise the
        // argument or input field has no default (and may become required). The syntax node keeps the literal.
        private static void DropDefaultsThatDoNotCoerce(Schema schema)
        {
            var dropped = new List<IInputValueDefinition>();
            foreach (var type in schema.TypeList)
            {
                if (type.SyntaxNode is null)
                {
                    continue;
                }

                switch (type)
                {
                    case IComplexOutputType complex:
                        foreach (var field in complex.Fields)
                        {
                            CollectDropped(schema, field.Arguments, dropped);
                        }

                        break;
                    case InputObjectType input:
                        CollectDropped(schema, input.Fields, dropped);
                        break;
                }
            }

            foreach (var directive in schema.DirectiveList)
            {
                if (directive.SyntaxNode is not null)
                {
                    CollectDropped(schema, directive.Arguments, dropped);
                }
            }

            foreach (var value in dropped)
            {
                switch (value)
                {
                    case Argument argument:
                        argument.DropDefaultValue();
                        break;
                    case InputField inputField:
                        inputField.DropDefaultValue();
                        break;
                }
            }
        }

        private static void CollectDropped<T>(Schema schema, FieldCollection<T> values, List<IInputValueDefinition> dropped)
            where T : class, IInputValueDefinition
        {
            foreach (var value in values)
            {
                if (value.DefaultValue is not null && !DefaultValueCoercion.HasDefault(schema, value, DeclaredTypes.TypeOf(schema, value)))
                {
                    dropped.Add(value);
                }
            }
        }
    }
}
