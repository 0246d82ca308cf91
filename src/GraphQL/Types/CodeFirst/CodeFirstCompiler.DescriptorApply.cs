using System.Linq.Expressions;
using System.Reflection;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types.CodeFirst;

// Applying what descriptors recorded to the models built by convention.
internal sealed partial class CodeFirstCompiler
{
    // The name of an object descriptor is applied when the model is created (other types refer to it by then);
    // for extensions it names the extended type.
    private void ApplyObjectDefinition(ComplexTypeModel model, TypeDefinitionData data, Type? runtimeType, Func<ParameterExpression, Expression>? instance, string origin)
    {
        if (data.Description is not null && !model.IsExtension)
        {
            model.Description = data.Description;
        }

        model.Authorization.AddRange(data.Authorization);
        foreach (var interfaceType in data.Interfaces)
        {
            if (TypeName(interfaceType, isInput: false, origin) is { } name && !model.Interfaces.Contains(name))
            {
                model.Interfaces.Add(name);
            }
        }

        model.Directives.AddRange(data.Directives.Select(d => Directive(d, origin)).OfType<DirectiveNode>());

        var configured = new HashSet<FieldModel>(ReferenceEqualityComparer.Instance);
        foreach (var definition in data.Fields)
        {
            var field = definition.Member is { } member
                ? model.Fields.Find(f => f.Member == member) ?? AddMemberField(model, member, runtimeType, instance)
                : model.Fields.Find(f => f.Name == definition.Name) ?? AddNamedField(model, definition.Name!, origin);
            if (field is null)
            {
                continue;
            }

            configured.Add(field);
            ApplyField(model, field, definition);
        }

        if (data.BindFieldsExplicitly)
        {
            model.Fields.RemoveAll(f => !configured.Contains(f));
        }
    }

    private FieldModel? AddMemberField(ComplexTypeModel model, MemberInfo member, Type? runtimeType, Func<ParameterExpression, Expression>? instance)
    {
        var field = Field(member, runtimeType ?? member.DeclaringType!, instance, model.IsInterface);
        if (field is not null)
        {
            AddField(model, field);
            ApplyFieldAttributes(model, field);
        }

        return field;
    }

    private FieldModel AddNamedField(ComplexTypeModel model, string name, string origin)
    {
        var field = new FieldModel(name, $"{origin} (field \"{name}\")");
        model.Fields.Add(field);
        return field;
    }

    private void ApplyField(ComplexTypeModel model, FieldModel field, MemberDefinition definition)
    {
        RunConfigurations(model, field, definition);
        field.Authorization.AddRange(definition.Authorization);
        if (definition.Name is { } name && definition.Member is not null)
        {
            field.Name = name;
        }

        field.Description = definition.Description ?? field.Description;
        field.DeprecationReason = definition.DeprecationReason ?? field.DeprecationReason;
        field.IsIgnored |= definition.IsIgnored;
        if (definition.Type is { } choice)
        {
            field.Type = TypeReference(choice, isInput: false, field.Origin);
        }

        foreach (var argumentDefinition in definition.Arguments)
        {
            var argument = field.Arguments.Find(a => a.Name == argumentDefinition.Name);
            if (argument is null)
            {
                argument = new ArgumentModel(argumentDefinition.Name!, $"{field.Origin}, argument {argumentDefinition.Name}");
                field.Arguments.Add(argument);
            }

            ApplyArgument(argument, argumentDefinition, field.Origin);
        }

        field.Resolver = definition.Resolver ?? field.Resolver;
        field.SubscribeResolver = definition.SubscribeResolver ?? field.SubscribeResolver;
        if (definition.IsSerial)
        {
            field.IsParallelExecutable = false;
        }

        field.Directives.AddRange(definition.Directives.Select(d => Directive(d, field.Origin)).OfType<DirectiveNode>());
        field.Middleware.AddRange(definition.Middleware);
        foreach (var (middleware, batch) in definition.BatchMiddleware)
        {
            field.BatchMiddleware[middleware] = batch;
        }
        foreach (var (key, value) in definition.ContextData)
        {
            field.ContextData[key] = value;
        }

        if (field.Type is null && !field.IsIgnored)
        {
            Error($"The field \"{model.Name}.{field.Name}\" has no type: set one with Type<T>() or Type(\"...\").", field.Origin);
            field.IsIgnored = true;
        }
    }

    private void ApplyArgument(ArgumentModel argument, MemberDefinition definition, string origin)
    {
        argument.Description = definition.Description ?? argument.Description;
        argument.DeprecationReason = definition.DeprecationReason ?? argument.DeprecationReason;
        argument.IsIgnored |= definition.IsIgnored;
        if (definition.Type is { } choice)
        {
            argument.Type = TypeReference(choice, isInput: true, origin);
        }

        if (definition.HasDefaultValue)
        {
            argument.DefaultValue = Literal(definition.DefaultValue, definition.DefaultValue?.GetType() ?? typeof(object), origin);
        }

        if (argument.Type is null)
        {
            Error($"The argument \"{argument.Name}\" has no type: set one with Type<T>() or Type(\"...\").", origin);
            argument.IsIgnored = true;
        }
    }

    /// <summary>A type chosen with a descriptor. CLR types map by convention; scalar and descriptor classes are nullable.</summary>
    private ITypeNode? TypeReference(TypeChoice choice, bool isInput, string origin)
    {
        if (choice.Syntax is { } syntax)
        {
            return ParseTypeSyntax(syntax, origin);
        }

        return TypeName(choice.Type!, isInput, origin) is { } name && !IsPlainClrType(choice.Type!)
            ? new NamedTypeNode(null, new NameNode(null, name))
            : Map(choice.Type!, null, isInput, origin);
    }

    private static bool IsPlainClrType(Type type)
        => !typeof(ScalarType).IsAssignableFrom(type) && !typeof(TypeSystemDefinition).IsAssignableFrom(type);

    /// <summary>The GraphQL name of a CLR type, scalar class or descriptor type.</summary>
    private string? TypeName(Type type, bool isInput, string origin)
    {
        if (typeof(ScalarType).IsAssignableFrom(type))
        {
            var scalar = ScalarInstance(type, origin);
            if (scalar is not null && !SpecifiedScalars.IsSpecified(scalar.Name))
            {
                _scalars.TryAdd(scalar.Name, scalar);
            }

            return scalar?.Name;
        }

        return typeof(TypeSystemDefinition).IsAssignableFrom(type)
            ? DescriptorTypeName(type, origin)
            : NamedType(type, isInput, origin);
    }

    private DirectiveNode? Directive(DirectiveApplication application, string origin)
    {
        var arguments = new List<ArgumentNode>();
        foreach (var (name, value) in application.Arguments)
        {
            if (Literal(value, value?.GetType() ?? typeof(object), origin) is { } literal)
            {
                arguments.Add(new ArgumentNode(null, new NameNode(null, name), literal));
            }
        }

        return new DirectiveNode(null, new NameNode(null, application.Name), arguments);
    }

    private void AddDirective(DescribedType described)
    {
        var data = described.Data;
        if (data.Name is null)
        {
            Error("A DirectiveType must set its name with descriptor.Name(...).", described.Origin);
            return;
        }

        var model = new DirectiveModel(data.Name, described.Origin)
        {
            Description = data.Description,
            IsRepeatable = data.IsRepeatable,
        };
        model.Locations.AddRange(data.Locations);
        foreach (var definition in data.Fields)
        {
            var argument = new ArgumentModel(definition.Name!, $"{described.Origin}, argument {definition.Name}");
            ApplyArgument(argument, definition, argument.Origin);
            model.Arguments.Add(argument);
        }

        _directives.Add(model);
    }
}
