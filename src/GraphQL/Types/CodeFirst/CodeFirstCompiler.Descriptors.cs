using System.Linq.Expressions;

namespace KtPortal.GraphQL.Types.CodeFirst;

// Descriptor types (ObjectType<T>, ObjectTypeExtension, EnumType<T>, InputObjectType<T>, DirectiveType) and
// root fields configured with a descriptor: conventions first, then what Configure recorded.
internal sealed partial class CodeFirstCompiler
{
    private readonly Dictionary<Type, DescribedType> _objectDefinitions = [];
    private readonly Dictionary<Type, DescribedType> _enumDefinitions = [];
    private readonly Dictionary<Type, DescribedType> _inputDefinitions = [];
    private readonly Dictionary<Type, DescribedType> _interfaceDefinitions = [];
    private readonly Dictionary<Type, string?> _descriptorNames = [];

    private bool TryAddDescriptorType(Type type)
    {
        if (!typeof(TypeSystemDefinition).IsAssignableFrom(type))
        {
            return false;
        }

        DescriptorTypeName(type, Origins.Of(type));
        return true;
    }

    private string? DescriptorTypeName(Type type, string origin)
    {
        if (_descriptorNames.TryGetValue(type, out var name))
        {
            return name;
        }

        if (type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null)
        {
            Error($"The descriptor type {Origins.Of(type)} needs a public parameterless constructor.", origin);
            return null;
        }

        name = AddTypeInstance(Activator.CreateInstance(type)!);
        _descriptorNames[type] = name;
        return name;
    }

    private string? AddTypeInstance(object instance)
    {
        var definition = (TypeSystemDefinition)instance;
        var origin = Origins.Of(instance.GetType());
        var described = new DescribedType(definition.Describe(), origin);
        var runtimeType = definition.RuntimeType;
        switch (definition)
        {
            case DirectiveType:
                AddDirective(described);
                return described.Data.Name;
            case ObjectTypeExtension:
                return AddDescriptorExtension(described, described.Data.Name, null);
            case not null when IsOfGenericBase(instance.GetType(), typeof(ObjectTypeExtension<>)):
                return AddDescriptorExtension(described, ObjectTypeName(runtimeType!), runtimeType);
            case not null when IsOfGenericBase(instance.GetType(), typeof(ObjectType<>)):
                _objectDefinitions[runtimeType!] = described;
                return ObjectTypeName(runtimeType!);
            case not null when IsOfGenericBase(instance.GetType(), typeof(EnumType<>)):
                _enumDefinitions[runtimeType!] = described;
                return EnumTypeName(runtimeType!);
            case not null when IsOfGenericBase(instance.GetType(), typeof(InterfaceType<>)):
                _interfaceDefinitions[runtimeType!] = described;
                return InterfaceTypeName(runtimeType!);
            case not null when IsOfGenericBase(instance.GetType(), typeof(UnionType<>)):
                return AddDescriptorUnion(described, runtimeType!);
            case not null when IsOfGenericBase(instance.GetType(), typeof(InputObjectType<>)):
                _inputDefinitions[runtimeType!] = described;
                return InputTypeName(runtimeType!, origin);
            default:
                Error($"The descriptor type {Origins.Of(instance.GetType())} is not supported.", origin);
                return null;
        }
    }

    private static bool IsOfGenericBase(Type type, Type genericDefinition)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == genericDefinition)
            {
                return true;
            }
        }

        return false;
    }

    // The members of a described union are listed explicitly, so the marker type's implementers are not searched.
    private string? AddDescriptorUnion(DescribedType described, Type marker)
    {
        if (described.Data.Name is not { } name)
        {
            Error("A UnionType must set its name with descriptor.Name(...).", described.Origin);
            return null;
        }

        var model = new UnionTypeModel(name, described.Origin) { Description = described.Data.Description };
        if (marker != typeof(object))
        {
            _outputNames[marker] = name;
        }

        Register(model);
        foreach (var member in described.Data.Interfaces)
        {
            if (TypeName(member, isInput: false, described.Origin) is { } memberName)
            {
                model.Types.Add(memberName);
            }
        }

        return name;
    }

    private void AddRootDescriptor(string rootName, Action<IObjectTypeDescriptor> configure)
    {
        var origin = Origins.Of(configure.Method);
        var model = Root(rootName, origin);
        var data = new TypeDefinitionData();
        configure(new ObjectTypeDescriptor<object>(data));
        _pending.Enqueue(() => ApplyObjectDefinition(model, data, null, null, origin));
    }

    private string? AddDescriptorExtension(DescribedType described, string? targetName, Type? runtimeType)
    {
        if (targetName is null)
        {
            Error("An ObjectTypeExtension must name the type it extends with descriptor.Name(...).", described.Origin);
            return null;
        }

        _pending.Enqueue(() =>
        {
            if (!_types.TryGetValue(targetName, out var existing) || existing is not ComplexTypeModel model)
            {
                model = targetName is "Query" or "Mutation" or "Subscription"
                    ? Root(targetName, described.Origin)
                    : new ComplexTypeModel(targetName, described.Origin, isInterface: false) { IsExtension = true };
                if (!_types.ContainsKey(targetName))
                {
                    Register(model);
                }
            }

            Func<ParameterExpression, Expression>? parent = runtimeType is null ? null : context => ResolverCompiler.Parent(context, runtimeType);
            ApplyObjectDefinition(model, described.Data, runtimeType, parent, described.Origin);
        });
        return targetName;
    }
}

/// <summary>What a descriptor type recorded, and the descriptor class that recorded it.</summary>
internal sealed record DescribedType(TypeDefinitionData Data, string Origin);
