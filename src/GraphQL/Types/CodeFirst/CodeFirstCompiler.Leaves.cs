using System.Reflection;

namespace KtPortal.GraphQL.Types.CodeFirst;

// Enums, input objects and unions.
internal sealed partial class CodeFirstCompiler
{
    // https://spec.graphql.org/October2021/#sec-Enums
    private string EnumTypeName(Type type)
    {
        if (_outputNames.TryGetValue(type, out var name))
        {
            return name;
        }

        _enumDefinitions.TryGetValue(type, out var definition);
        var model = new EnumTypeModel(definition?.Data.Name ?? Naming.TypeName(type), definition?.Origin ?? Origins.Of(type))
        {
            RuntimeType = type,
            Description = definition?.Data.Description ?? Description(type),
        };
        _outputNames[type] = model.Name;
        Register(model);
        foreach (var member in type.GetFields(BindingFlags.Public | BindingFlags.Static).OrderBy(f => f.MetadataToken))
        {
            model.Values.Add(new EnumValueModel(Naming.EnumValueName(member), Origins.Of(member), member.GetValue(null)!)
            {
                Description = Description(member),
                DeprecationReason = DeprecationReason(member),
                IsIgnored = IsIgnored(member),
            });
        }

        foreach (var (value, valueDefinition) in definition?.Data.Values ?? [])
        {
            if (model.Values.Find(v => v.RuntimeValue.Equals(value)) is { } target)
            {
                target.Name = valueDefinition.Name ?? target.Name;
                target.Description = valueDefinition.Description ?? target.Description;
                target.DeprecationReason = valueDefinition.DeprecationReason ?? target.DeprecationReason;
                target.IsIgnored |= valueDefinition.IsIgnored;
            }
        }

        return model.Name;
    }

    // https://spec.graphql.org/October2021/#sec-Input-Objects
    // https://spec.graphql.org/draft/#sec-OneOf-Input-Objects
    private string InputTypeName(Type type, string usedBy)
    {
        if (_inputNames.TryGetValue(type, out var name))
        {
            return name;
        }

        _inputDefinitions.TryGetValue(type, out var definition);
        var model = new InputTypeModel(definition?.Data.Name ?? Naming.InputTypeName(type), definition?.Origin ?? Origins.Of(type))
        {
            RuntimeType = type,
            Description = definition?.Data.Description ?? Description(type),
            IsOneOf = definition?.Data.IsOneOf == true || type.IsDefined(typeof(OneOfAttribute)),
        };
        _inputNames[type] = model.Name;
        Register(model);
        _pending.Enqueue(() => AddInputFields(model, type, definition?.Data, usedBy));
        return model.Name;
    }

    private void AddInputFields(InputTypeModel model, Type type, TypeDefinitionData? definition, string usedBy)
    {
        var constructorParameters = type.GetConstructors()
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault()?.GetParameters()
            .ToDictionary(p => p.Name!, StringComparer.OrdinalIgnoreCase) ?? [];
        var byProperty = new Dictionary<string, ArgumentModel>(StringComparer.Ordinal);

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
        {
            constructorParameters.TryGetValue(property.Name, out var parameter);
            if (IsIgnored(property) || property.GetIndexParameters().Length > 0
                || (property.SetMethod is not { IsPublic: true } && parameter is null))
            {
                continue;
            }

            var origin = Origins.Of(property);
            var field = new ArgumentModel(Naming.MemberName(property), origin)
            {
                Description = Description(property),
                DeprecationReason = DeprecationReason(property),
                Type = property.IsDefined(typeof(IDAttribute), true)
                    ? IdTypeReference(property.PropertyType, _nullability.Create(property))
                    : TypeReference(property, property.PropertyType, _nullability.Create(property), isInput: true, origin),
            };
            if (!property.IsDefined(typeof(IDAttribute), true) && IdInputDecoderFor(property.PropertyType) is not null)
            {
                Error($"The input type {Origins.Of(property.PropertyType)} has [ID] fields, so it can be an argument or a mutation input field but not a field of another input type.", origin);
            }

            if (property.GetCustomAttribute<IDAttribute>(true) is { } id)
            {
                IdInputDecoderFor(type)!.IdFields.Add((field.Name, property.PropertyType, IdTypeName(id, origin)));
            }

            if (parameter is not null)
            {
                field.DefaultValue = DefaultLiteral(parameter, origin);
            }

            CostAttributes.AddTo(field.Directives, property);

            if (model.Fields.Find(f => f.Name == field.Name) is { } existing)
            {
                Error($"The input field \"{model.Name}.{field.Name}\" is declared twice: by {existing.Origin} and by {origin}.", origin);
                continue;
            }

            model.Fields.Add(field);
            byProperty[property.Name] = field;
        }

        foreach (var fieldDefinition in definition?.Fields ?? [])
        {
            if (fieldDefinition.Member is { } member && byProperty.TryGetValue(member.Name, out var field))
            {
                field.Name = fieldDefinition.Name ?? field.Name;
                ApplyArgument(field, fieldDefinition, field.Origin);
            }
        }

        if (model.Fields.Count == 0)
        {
            Error(
                $"The CLR type {Origins.Of(type)} has no settable properties or constructor parameters, so it cannot be the input type {model.Name}. If it is a service, register it or mark the parameter with [Service].",
                usedBy);
            return;
        }

        model.Factory = InputFactoryCompiler.Compile(
            type,
            byProperty.Where(p => !p.Value.IsIgnored).ToDictionary(p => p.Key, p => p.Value.Name, StringComparer.Ordinal));
        if (IdInputDecoderFor(type) is { } decoder)
        {
            // Coercion leaves the fields as given; the resolver binding builds the value once IDs are decoded.
            decoder.Factory = model.Factory;
            model.BindsFactory = false;
        }
    }

    // https://spec.graphql.org/October2021/#sec-Unions
    private string UnionTypeName(Type marker)
    {
        if (_outputNames.TryGetValue(marker, out var name))
        {
            return name;
        }

        var model = new UnionTypeModel(marker.GetCustomAttribute<UnionTypeAttribute>()!.Name, Origins.Of(marker))
        {
            MarkerType = marker,
            Description = Description(marker),
        };
        _outputNames[marker] = model.Name;
        Register(model);
        return model.Name;
    }

    // Union members are the registered object types whose CLR type implements the marker interface.
    private void CompleteUnions()
    {
        foreach (var union in _typeOrder.OfType<UnionTypeModel>())
        {
            if (union.MarkerType is not { } marker)
            {
                continue;
            }

            foreach (var model in _typeOrder.OfType<ComplexTypeModel>())
            {
                if (!model.IsInterface && model.RuntimeType is { } type && marker.IsAssignableFrom(type) && !union.Types.Contains(model.Name))
                {
                    union.Types.Add(model.Name);
                }
            }

            if (union.Types.Count == 0)
            {
                Error($"The union \"{union.Name}\" has no member types: register the classes that implement {Origins.Of(marker)} with AddType<T>().", union.Origin);
            }
        }
    }
}
