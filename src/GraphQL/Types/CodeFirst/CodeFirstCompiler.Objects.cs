using System.Linq.Expressions;
using System.Reflection;

namespace KtPortal.GraphQL.Types.CodeFirst;

// Object types, interface types, the root types and extensions of them.
internal sealed partial class CodeFirstCompiler
{
    private static readonly HashSet<string> RecordMembers = new(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "ToString", "Deconstruct", "PrintMembers", "GetType",
    };

    private void AddType(Type type)
    {
        if (TryAddDescriptorType(type))
        {
            return;
        }

        if (typeof(ScalarType).IsAssignableFrom(type))
        {
            TypeName(type, isInput: false, Origins.Of(type));
            return;
        }

        if (CodeFirstRegistrations.RootNameOf(type) is { } rootName)
        {
            AddRootClass(rootName, type);
        }
        else if (type.GetCustomAttribute<ExtendObjectTypeAttribute>() is not null)
        {
            AddExtension(type);
        }
        else
        {
            NamedType(type, isInput: false, Origins.Of(type));
        }
    }

    private ComplexTypeModel Root(string rootName, string origin)
    {
        if (_types.TryGetValue(rootName, out var existing) && existing is ComplexTypeModel root)
        {
            return root;
        }

        var model = new ComplexTypeModel(rootName, origin, isInterface: false) { IsExtension = _sdlTypeNames.Contains(rootName) };
        Register(model);
        return model;
    }

    // The class given to AddQueryType<T>() (not a [QueryType] extension) describes the root type itself.
    private void AddRootClass(string rootName, Type type, bool describesRoot = false)
    {
        var model = Root(rootName, Origins.Of(type));
        if (describesRoot && !model.IsExtension)
        {
            model.Description ??= Description(type);
        }

        var instance = new ResolverInstance(type, _registrations.Services);
        _pending.Enqueue(() => AddFields(model, type, context => ResolverCompiler.Instance(context, instance, type), rootName == "Subscription"));
    }

    private void AddExtension(Type type)
    {
        if (TryAddDescriptorType(type))
        {
            return;
        }

        if (CodeFirstRegistrations.RootNameOf(type) is { } rootName)
        {
            AddRootClass(rootName, type);
            return;
        }

        var extend = type.GetCustomAttribute<ExtendObjectTypeAttribute>();

        var origin = Origins.Of(type);
        var targetName = extend switch
        {
            { Type: { } target } => NamedType(target, isInput: false, origin),
            { Name: { } name } => name,
            _ => null,
        };
        if (targetName is null)
        {
            Error($"The class {Origins.Of(type)} is registered as a type extension but has none of [ExtendObjectType], [QueryType], [MutationType] and [SubscriptionType].", origin);
            return;
        }

        var instance = new ResolverInstance(type, _registrations.Services);
        _pending.Enqueue(() =>
        {
            if (!_types.TryGetValue(targetName, out var existing) || existing is not ComplexTypeModel model)
            {
                model = new ComplexTypeModel(targetName, origin, isInterface: false) { IsExtension = true };
                Register(model);
            }

            AddFields(model, type, context => ResolverCompiler.Instance(context, instance, type), isSubscription: false);
        });
    }

    private string ObjectTypeName(Type type)
    {
        if (_outputNames.TryGetValue(type, out var name))
        {
            return name;
        }

        _objectDefinitions.TryGetValue(type, out var definition);
        var model = new ComplexTypeModel(definition?.Data.Name ?? Naming.TypeName(type), definition?.Origin ?? Origins.Of(type), isInterface: false)
        {
            RuntimeType = type,
            Description = Description(type),
        };
        CostAttributes.AddTo(model.Directives, type);
        _outputNames[type] = model.Name;
        Register(model);
        var node = NodeDefinitionOf(type, definition?.Data);
        Func<ParameterExpression, Expression> parent = context => ResolverCompiler.Parent(context, type);
        _pending.Enqueue(() =>
        {
            AddFields(model, type, parent, isSubscription: false);
            if (definition is not null)
            {
                ApplyObjectDefinition(model, definition.Data, type, parent, definition.Origin);
            }

            if (node is not null)
            {
                CompleteNodeType(model, type, node);
            }
        });
        return model.Name;
    }

    private string InterfaceTypeName(Type type)
    {
        if (_outputNames.TryGetValue(type, out var name))
        {
            return name;
        }

        _interfaceDefinitions.TryGetValue(type, out var definition);
        var model = new ComplexTypeModel(definition?.Data.Name ?? Naming.InterfaceName(type), definition?.Origin ?? Origins.Of(type), isInterface: true)
        {
            RuntimeType = type,
            Description = definition?.Data.Description ?? Description(type),
        };
        _outputNames[type] = model.Name;
        Register(model);
        _pending.Enqueue(() =>
        {
            AddFields(model, type, instance: null, isSubscription: false);
            if (definition is not null)
            {
                ApplyObjectDefinition(model, definition.Data, type, null, definition.Origin);
            }
        });
        return model.Name;
    }

    // https://spec.graphql.org/October2021/#sec-Objects.Type-Validation
    // Interfaces a CLR type implements (or abstract [InterfaceType] classes it derives from) become the
    // GraphQL interfaces of its object type; GetInterfaces already includes the inherited ones, which GraphQL
    // requires to be listed too.
    private void LinkInterfaces()
    {
        foreach (var model in _typeOrder.OfType<ComplexTypeModel>().ToList())
        {
            if (model.RuntimeType is not { } type)
            {
                continue;
            }

            var candidates = type.GetInterfaces().AsEnumerable();
            for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
            {
                candidates = candidates.Append(baseType);
            }

            foreach (var candidate in candidates)
            {
                if (candidate.GetCustomAttribute<InterfaceTypeAttribute>(false) is null && !_interfaceDefinitions.ContainsKey(candidate))
                {
                    continue;
                }

                var name = InterfaceTypeName(candidate);
                if (!model.Interfaces.Contains(name) && name != model.Name)
                {
                    model.Interfaces.Add(name);
                }
            }
        }
    }

    private void AddFields(ComplexTypeModel model, Type type, Func<ParameterExpression, Expression>? instance, bool isSubscription)
    {
        var streamMethods = type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Select(m => m.GetCustomAttribute<SubscribeAttribute>()?.With)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var serialClass = type.IsDefined(typeof(SerialAttribute), true);
        var classRules = type.GetCustomAttributes<AuthorizeAttribute>(true).Select(a => a.ToRule()).ToList();

        // Every public method of a resolver class is meant as a field, so one without a result is an error;
        // on the CLR type of an object type such methods are behaviour, not data, and are left out.
        var isResolverClass = model.RuntimeType != type;

        foreach (var member in FieldMembers(type))
        {
            if (member is MethodInfo { } streamMethod && streamMethods.Contains(streamMethod.Name))
            {
                continue;
            }

            if (!isResolverClass && member is MethodInfo { ReturnType: var returnType } && HasNoResult(returnType))
            {
                continue;
            }

            if (isResolverClass)
            {
                NoteNodeResolver(member, instance);
            }

            var field = isSubscription && member is MethodInfo method
                ? SubscriptionField(method, type, instance)
                : IsMutationConvention(model, member) ? MutationConventionField((MethodInfo)member, instance)
                : Field(member, type, instance, model.IsInterface);
            if (field is null)
            {
                continue;
            }

            if (serialClass || member.IsDefined(typeof(SerialAttribute), true))
            {
                field.IsParallelExecutable = false;
            }

            AddField(model, field);
            if (isResolverClass)
            {
                // [Authorize] on a resolver class guards the fields it declares, not the whole type it extends.
                field.Authorization.AddRange(classRules);
            }

            ApplyFieldAttributes(model, field);
        }

        if (!isResolverClass)
        {
            model.Authorization.AddRange(classRules);
        }
    }

    private void AddField(ComplexTypeModel model, FieldModel field)
    {
        if (model.Fields.Find(f => f.Name == field.Name) is { } existing)
        {
            Error($"The field \"{model.Name}.{field.Name}\" is declared twice: by {existing.Origin} and by {field.Origin}.", field.Origin);
            return;
        }

        model.Fields.Add(field);
    }

    // Properties first, then methods, each in declaration order, base types first.
    private static IEnumerable<MemberInfo> FieldMembers(Type type)
    {
        var hierarchy = new List<Type>();
        if (type.IsInterface)
        {
            hierarchy.AddRange(type.GetInterfaces());
            hierarchy.Add(type);
        }
        else
        {
            for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
            {
                hierarchy.Insert(0, current);
            }
        }

        const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var properties = hierarchy
            .SelectMany(t => t.GetProperties(Declared).OrderBy(p => p.MetadataToken))
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0 && !IsIgnored(p))
            .Where(p => seen.Add("P:" + p.Name));
        var methods = hierarchy
            .SelectMany(t => t.GetMethods(Declared).OrderBy(m => m.MetadataToken))
            .Where(m => !m.IsSpecialName && !m.IsGenericMethodDefinition && !m.Name.Contains('<', StringComparison.Ordinal)
                && !RecordMembers.Contains(m.Name) && m.GetBaseDefinition().DeclaringType != typeof(object) && !IsIgnored(m))
            .Where(m => seen.Add("M:" + m.Name));
        return properties.Cast<MemberInfo>().Concat(methods);
    }

    private FieldModel? Field(MemberInfo member, Type declaringType, Func<ParameterExpression, Expression>? instance, bool isInterface)
    {
        var origin = Origins.Of(member);
        var field = new FieldModel(Naming.MemberName(member), origin)
        {
            Member = member,
            Description = Description(member),
            DeprecationReason = DeprecationReason(member),
        };
        CostAttributes.AddTo(field.Directives, member);

        var (type, nullability) = member switch
        {
            PropertyInfo property => (property.PropertyType, _nullability.Create(property)),
            MethodInfo method => UnwrapTask(method.ReturnType, _nullability.Create(method.ReturnParameter)),
            _ => (typeof(object), null),
        };

        if (member is MethodInfo { ReturnType: var returnType } && HasNoResult(returnType))
        {
            Error($"The method has no result, so it cannot be the field \"{field.Name}\" of {Origins.Of(declaringType)}.", origin);
            return null;
        }

        if (typeof(IMutationResult).IsAssignableFrom(type))
        {
            Error($"The field \"{field.Name}\" returns a MutationResult, which needs the mutation conventions: mark it [UseMutationConvention], or call AddMutationConventions(applyToAllMutations: true).", origin);
            return null;
        }

        field.Type = IsIdMember(member)
            ? IdTypeReference(type, nullability)
            : TypeReference(member, type, nullability, isInput: false, origin);
        if (member is MethodInfo parameters)
        {
            AddArguments(field, parameters);
        }

        if (!isInterface)
        {
            field.Resolver = ResolverCompiler.Compile(member, instance, BindParameter);
            if (member is PropertyInfo or FieldInfo && !IsAwaitable(type))
            {
                field.MemberReader = field.Resolver;
            }
        }

        return field;
    }

    // A member read that the compiled resolver awaits completes later: not a pure read.
    private static bool IsAwaitable(Type type)
        => typeof(Task).IsAssignableFrom(type) || type == typeof(ValueTask)
            || (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
                && (definition == typeof(ValueTask<>) || definition == typeof(IAsyncEnumerable<>)));

    private static bool HasNoResult(Type returnType)
        => returnType == typeof(void) || returnType == typeof(Task) || returnType == typeof(ValueTask);
}
