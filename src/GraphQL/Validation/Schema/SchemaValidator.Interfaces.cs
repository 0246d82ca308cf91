using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation;

public static partial class SchemaValidator
{
    // https://spec.graphql.org/October2021/#IsValidImplementation()
    private static void ValidateInterfaces(SchemaValidationContext context, IComplexOutputType type)
    {
        var named = (INamedType)type;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var declared in DeclaredTypes.InterfacesOf(context.Schema, type))
        {
            if (declared is not InterfaceType iface)
            {
                context.ReportError(
                    $"Type {named.Name} must only implement Interface types, it cannot implement {declared.Name}.",
                    ImplementsNodes(named, declared.Name));
                continue;
            }

            if (ReferenceEquals(type, iface))
            {
                context.ReportError(
                    $"Type {named.Name} cannot implement itself because it would create a circular reference.",
                    ImplementsNodes(named, iface.Name));
                continue;
            }

            if (!seen.Add(iface.Name))
            {
                context.ReportError(
                    $"Type {named.Name} can only implement {iface.Name} once.",
                    ImplementsNodes(named, iface.Name));
                continue;
            }

            ValidateTypeImplementsAncestors(context, type, iface);
            ValidateTypeImplementsInterface(context, type, iface);
        }
    }

    // https://spec.graphql.org/October2021/#sec-Interfaces.Interfaces-Implementing-Interfaces
    private static void ValidateTypeImplementsAncestors(SchemaValidationContext context, IComplexOutputType type, InterfaceType iface)
    {
        var named = (INamedType)type;
        var typeInterfaces = DeclaredTypes.InterfacesOf(context.Schema, type);
        foreach (var transitive in DeclaredTypes.InterfacesOf(context.Schema, iface))
        {
            if (DeclaredTypes.ContainsReference(typeInterfaces, transitive))
            {
                continue;
            }

            var message = ReferenceEquals(transitive, type)
                ? $"Type {named.Name} cannot implement {iface.Name} because it would create a circular reference."
                : $"Type {named.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.";
            var nodes = ImplementsNodes(iface, transitive.Name);
            nodes.AddRange(ImplementsNodes(named, iface.Name));
            context.ReportError(message, nodes);
        }
    }

    // https://spec.graphql.org/October2021/#IsValidImplementation()
    private static void ValidateTypeImplementsInterface(SchemaValidationContext context, IComplexOutputType type, InterfaceType iface)
    {
        var named = (INamedType)type;
        var schema = context.Schema;
        foreach (var ifaceField in iface.Fields)
        {
            var fieldName = ifaceField.Name;
            if (!type.Fields.TryGetField(fieldName, out var typeField))
            {
                var nodes = DeclaredTypes.DefinitionAndExtensions(named);
                nodes.Insert(0, ifaceField.SyntaxNode);
                context.ReportError(
                    $"Interface field {iface.Name}.{fieldName} expected but {named.Name} does not provide it.",
                    nodes);
                continue;
            }

            var ifaceFieldType = DeclaredTypes.TypeOf(schema, ifaceField);
            var typeFieldType = DeclaredTypes.TypeOf(schema, typeField);
            if (!DeclaredTypes.IsSubTypeOf(schema, typeFieldType, ifaceFieldType))
            {
                context.ReportError(
                    $"Interface field {iface.Name}.{fieldName} expects type {ifaceFieldType} but {named.Name}.{fieldName} is type {typeFieldType}.",
                    ifaceField.SyntaxNode?.Type,
                    typeField.SyntaxNode?.Type);
            }

            foreach (var ifaceArgument in ifaceField.Arguments)
            {
                var argumentName = ifaceArgument.Name;
                if (!typeField.Arguments.TryGetField(argumentName, out var typeArgument))
                {
                    context.ReportError(
                        $"Interface field argument {iface.Name}.{fieldName}({argumentName}:) expected but {named.Name}.{fieldName} does not provide it.",
                        ifaceArgument.SyntaxNode,
                        typeField.SyntaxNode);
                    continue;
                }

                var ifaceArgumentType = DeclaredTypes.TypeOf(schema, ifaceArgument);
                var typeArgumentType = DeclaredTypes.TypeOf(schema, typeArgument);
                if (!TypeComparators.IsEqualType(ifaceArgumentType, typeArgumentType))
                {
                    context.ReportError(
                        $"Interface field argument {iface.Name}.{fieldName}({argumentName}:) expects type {ifaceArgumentType} but {named.Name}.{fieldName}({argumentName}:) is type {typeArgumentType}.",
                        ifaceArgument.SyntaxNode?.Type,
                        typeArgument.SyntaxNode?.Type);
                }
            }

            foreach (var typeArgument in typeField.Arguments)
            {
                if (!ifaceField.Arguments.ContainsField(typeArgument.Name) && DeclaredTypes.IsRequired(schema, typeArgument))
                {
                    context.ReportError(
                        $"Object field {named.Name}.{fieldName} includes required argument {typeArgument.Name} that is missing from the Interface field {iface.Name}.{fieldName}.",
                        typeArgument.SyntaxNode,
                        ifaceField.SyntaxNode);
                }
            }
        }
    }

    private static List<ISyntaxNode?> ImplementsNodes(INamedType type, string interfaceName)
    {
        var nodes = new List<ISyntaxNode?>();
        foreach (var node in DeclaredTypes.InterfaceNodes(type))
        {
            if (node.Name.Value == interfaceName)
            {
                nodes.Add(node);
            }
        }

        return nodes;
    }
}
