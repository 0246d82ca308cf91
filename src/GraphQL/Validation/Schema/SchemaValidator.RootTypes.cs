using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation;

public static partial class SchemaValidator
{
    // https://spec.graphql.org/October2021/#sec-Root-Operation-Types
    private static void ValidateRootTypes(SchemaValidationContext context)
    {
        var query = DeclaredRootType(context.Schema, OperationType.Query);
        if (query is null)
        {
            context.ReportError("Query root type must be provided.", context.Schema.SyntaxNode);
        }
        else if (query is not ObjectType)
        {
            context.ReportError(
                $"Query root type must be Object type, it cannot be {query}.",
                (ISyntaxNode?)OperationTypeNode(context.Schema, OperationType.Query) ?? query.SyntaxNode);
        }

        var mutation = DeclaredRootType(context.Schema, OperationType.Mutation);
        if (mutation is not null and not ObjectType)
        {
            context.ReportError(
                $"Mutation root type must be Object type if provided, it cannot be {mutation}.",
                (ISyntaxNode?)OperationTypeNode(context.Schema, OperationType.Mutation) ?? mutation.SyntaxNode);
        }

        var subscription = DeclaredRootType(context.Schema, OperationType.Subscription);
        if (subscription is not null and not ObjectType)
        {
            context.ReportError(
                $"Subscription root type must be Object type if provided, it cannot be {subscription}.",
                (ISyntaxNode?)OperationTypeNode(context.Schema, OperationType.Subscription) ?? subscription.SyntaxNode);
        }
    }

    // The model holds only object root types. A root of another kind is found as buildASTSchema finds it:
    // without a schema definition by its default name, else from the schema definition and extensions.
    private static INamedType? DeclaredRootType(Schema schema, OperationType operation)
    {
        if (schema.GetRootType(operation) is { } root)
        {
            return root;
        }

        if (schema.SyntaxNode is null)
        {
            var defaultName = operation switch
            {
                OperationType.Query => "Query",
                OperationType.Mutation => "Mutation",
                _ => "Subscription",
            };
            if (schema.TryGetType(defaultName, out var byName) && byName.SyntaxNode is not null)
            {
                return byName;
            }
        }

        INamedType? declared = null;
        foreach (var node in OperationTypeNodes(schema))
        {
            if (node.Operation == operation && schema.TryGetType(node.Type.Name.Value, out var resolved))
            {
                declared = resolved;
            }
        }

        return declared;
    }

    private static NamedTypeNode? OperationTypeNode(Schema schema, OperationType operation)
    {
        foreach (var node in OperationTypeNodes(schema))
        {
            if (node.Operation == operation)
            {
                return node.Type;
            }
        }

        return null;
    }

    private static IEnumerable<OperationTypeDefinitionNode> OperationTypeNodes(Schema schema)
    {
        if (schema.SyntaxNode is { } definition)
        {
            foreach (var node in definition.OperationTypes)
            {
                yield return node;
            }
        }

        foreach (var extension in schema.ExtensionSyntaxNodes)
        {
            foreach (var node in extension.OperationTypes)
            {
                yield return node;
            }
        }
    }
}
