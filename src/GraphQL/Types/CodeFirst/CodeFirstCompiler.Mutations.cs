using System.Linq.Expressions;
using System.Reflection;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Utilities;

namespace KtPortal.GraphQL.Types.CodeFirst;

// Mutation conventions: verbNoun(input: VerbNounInput!): VerbNounPayload!, the payload holding the result and
// errors: [VerbNounError!], a union of the declared error types, each implementing interface Error.
internal sealed partial class CodeFirstCompiler
{
    private const string ErrorInterfaceName = "Error";
    private const string InputArgumentName = "input";

    private static readonly MethodInfo InputFieldMethod = typeof(CodeFirstCompiler).GetMethod(nameof(InputField), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ConvertMethod = typeof(InputValueConverter).GetMethod(nameof(InputValueConverter.Convert))!;

    private bool IsMutationConvention(ComplexTypeModel model, MemberInfo member)
        => model.Name == "Mutation" && !model.IsInterface && member is MethodInfo
            && (_registrations.MutationConventions?.ApplyToAllMutations == true || member.IsDefined(typeof(UseMutationConventionAttribute), true));

    private FieldModel? MutationConventionField(MethodInfo method, Func<ParameterExpression, Expression>? instance)
    {
        var origin = Origins.Of(method);
        var convention = method.GetCustomAttribute<UseMutationConventionAttribute>(true);
        var field = new FieldModel(Naming.MemberName(method), origin)
        {
            Member = method,
            Description = Description(method),
            DeprecationReason = DeprecationReason(method),
        };
        CostAttributes.AddTo(field.Directives, method);
        var pascalName = char.ToUpperInvariant(field.Name[0]) + field.Name[1..];

        var (resultType, nullability) = UnwrapTask(method.ReturnType, _nullability.Create(method.ReturnParameter));
        if (HasNoResult(method.ReturnType))
        {
            Error($"The mutation \"{field.Name}\" has no result, so it has nothing to put in its payload.", origin);
            return null;
        }

        if (typeof(IMutationResult).IsAssignableFrom(resultType) && resultType.IsGenericType)
        {
            nullability = nullability?.GenericTypeArguments is [var first, ..] ? first : null;
            resultType = resultType.GetGenericArguments()[0];
        }

        AddConventionInput(field, method, convention?.InputTypeName ?? pascalName + "Input", origin);

        var valueReference = Map(resultType, nullability, isInput: false, origin);
        if (valueReference is null)
        {
            return null;
        }

        var valueTypeName = NamedTypeName(valueReference);
        var errors = DeclaredErrors(method, origin);
        var errorsField = errors.Types.Count == 0 ? null : ErrorsField(pascalName + "Error", errors.Types, origin);

        // A result that is already a payload (a type named XxxPayload) is not wrapped again.
        var handWritten = (valueReference is NonNullTypeNode nonNullValue ? nonNullValue.Type : valueReference) is NamedTypeNode
            && valueTypeName.EndsWith("Payload", StringComparison.Ordinal)
            && _types.TryGetValue(valueTypeName, out var existing) && existing is ComplexTypeModel { IsInterface: false };
        if (handWritten)
        {
            var payload = (ComplexTypeModel)_types[valueTypeName];
            field.Type = new NonNullTypeNode(null, new NamedTypeNode(null, new NameNode(null, valueTypeName)));
            if (errorsField is not null)
            {
                // After the payload's own fields are built (they are queued before this).
                _pending.Enqueue(() =>
                {
                    // Two mutations may return the same payload; it needs its errors only once.
                    if (payload.Fields.Exists(f => f.Name == errorsField.Name))
                    {
                        return;
                    }

                    foreach (var payloadField in payload.Fields)
                    {
                        payloadField.Middleware.Insert(0, MutationConventionResolver.NullOnErrors);
                    }

                    AddField(payload, errorsField);
                });
            }
        }
        else
        {
            var payloadName = convention?.PayloadTypeName ?? pascalName + "Payload";
            var payload = new ComplexTypeModel(payloadName, origin, isInterface: false);
            payload.Fields.Add(new FieldModel(convention?.PayloadFieldName ?? Naming.CamelCase(valueTypeName), origin)
            {
                Type = valueReference is NonNullTypeNode nonNull ? nonNull.Type : valueReference,
                Resolver = MutationConventionResolver.ResolveValue,
            });
            if (errorsField is not null)
            {
                payload.Fields.Add(errorsField);
            }

            Register(payload);
            field.Type = new NonNullTypeNode(null, new NamedTypeNode(null, new NameNode(null, payloadName)));
        }

        var inner = ResolverCompiler.Compile(method, instance, BindConventionParameter);
        field.Resolver = new MutationConventionResolver(inner, errors.Exceptions, wrapsValue: !handWritten).ResolveAsync;
        return field;
    }

    // The GraphQL arguments of the method become the fields of the input object.
    private void AddConventionInput(FieldModel field, MethodInfo method, string inputName, string origin)
    {
        var input = new InputTypeModel(inputName, origin);
        foreach (var parameter in method.GetParameters())
        {
            if (Classify(parameter) == ParameterKind.Argument && Argument(parameter) is { } inputField)
            {
                input.Fields.Add(inputField);
            }
        }

        if (input.Fields.Count == 0)
        {
            return;
        }

        Register(input);
        field.Arguments.Add(new ArgumentModel(InputArgumentName, origin)
        {
            Type = new NonNullTypeNode(null, new NamedTypeNode(null, new NameNode(null, inputName))),
        });
    }

    private Expression BindConventionParameter(ParameterInfo parameter, ParameterExpression context)
    {
        if (Classify(parameter) != ParameterKind.Argument)
        {
            return BindParameter(parameter, context);
        }

        var value = Expression.Call(InputFieldMethod, context, Expression.Constant(Naming.ParameterName(parameter)));
        if (IdInputDecoderFor(parameter.ParameterType) is { } decoder)
        {
            return DecodeIdInput(decoder, parameter.ParameterType, value, context);
        }

        return parameter.GetCustomAttribute<IDAttribute>(true) is { } id
            ? DecodeId(parameter, value, context, id)
            : Expression.Call(ConvertMethod.MakeGenericMethod(parameter.ParameterType), value);
    }

    private static object? InputField(IResolverContext context, string name)
        => context.ArgumentValue(InputArgumentName) is IReadOnlyDictionary<string, object?> input && input.TryGetValue(name, out var value)
            ? value
            : null;

    private FieldModel ErrorsField(string unionName, List<string> errorTypes, string origin)
    {
        if (!_types.ContainsKey(unionName))
        {
            var union = new UnionTypeModel(unionName, origin);
            union.Types.AddRange(errorTypes);
            Register(union);
        }

        return new FieldModel("errors", origin)
        {
            Type = new ListTypeNode(null, new NonNullTypeNode(null, new NamedTypeNode(null, new NameNode(null, unionName)))),
            Resolver = MutationConventionResolver.ResolveErrors,
        };
    }

    /// <summary>The error object types of the method's <see cref="ErrorAttribute"/>s and how exceptions map to them.</summary>
    private (List<string> Types, List<ExceptionErrorMapping> Exceptions) DeclaredErrors(MethodInfo method, string origin)
    {
        var types = new List<string>();
        var exceptions = new List<ExceptionErrorMapping>();
        foreach (var attribute in method.GetCustomAttributes<ErrorAttribute>(true))
        {
            var errorType = attribute.ErrorType;
            string? name;
            if (typeof(Exception).IsAssignableFrom(errorType))
            {
                var baseName = Naming.TypeName(errorType);
                baseName = baseName.EndsWith("Exception", StringComparison.Ordinal) ? baseName[..^"Exception".Length] : baseName;
                name = baseName + "Error";
                AddExceptionErrorType(name, Origins.Of(errorType));
                exceptions.Add(ExceptionErrorMapping.Generated(errorType, name, MutationError.CodeOf(errorType)));
            }
            else
            {
                name = NamedType(errorType, isInput: false, origin);
                if (ExceptionConstructor(errorType) is { } constructor)
                {
                    var exception = Expression.Parameter(typeof(Exception), "exception");
                    var create = Expression.Lambda<Func<Exception, object>>(
                        Expression.Convert(Expression.New(constructor, Expression.Convert(exception, constructor.GetParameters()[0].ParameterType)), typeof(object)),
                        exception).Compile();
                    exceptions.Add(new ExceptionErrorMapping(constructor.GetParameters()[0].ParameterType, create));
                }

                if (name is not null && _types.TryGetValue(name, out var model) && model is ComplexTypeModel { IsInterface: false } complex)
                {
                    EnsureErrorInterface();
                    if (!complex.Interfaces.Contains(ErrorInterfaceName))
                    {
                        complex.Interfaces.Add(ErrorInterfaceName);
                    }
                }
                else
                {
                    Error($"The error type {Origins.Of(errorType)} must be a class (an object type) or an exception.", origin);
                    name = null;
                }
            }

            if (name is not null && !types.Contains(name))
            {
                types.Add(name);
            }
        }

        return (types, exceptions);
    }

    private static ConstructorInfo? ExceptionConstructor(Type errorType)
        => errorType.GetConstructors().FirstOrDefault(c => c.GetParameters() is [{ ParameterType: var parameterType }] && typeof(Exception).IsAssignableFrom(parameterType));

    private void AddExceptionErrorType(string name, string origin)
    {
        EnsureErrorInterface();
        if (_types.ContainsKey(name))
        {
            return;
        }

        var model = new ComplexTypeModel(name, origin, isInterface: false);
        model.Interfaces.Add(ErrorInterfaceName);
        model.Fields.AddRange(ErrorFields(origin));
        Register(model);
    }

    // The Error interface of our API conventions (DESIGN.md §4): HotChocolate's, plus code and path.
    private void EnsureErrorInterface()
    {
        if (_types.ContainsKey(ErrorInterfaceName))
        {
            return;
        }

        var origin = "AddMutationConventions()";
        var model = new ComplexTypeModel(ErrorInterfaceName, origin, isInterface: true)
        {
            Description = "An expected failure of a mutation, returned as data in its payload.",
        };
        model.Fields.AddRange(ErrorFields(origin));
        Register(model);
    }

    private static IEnumerable<FieldModel> ErrorFields(string origin)
    {
        NamedTypeNode String() => new(null, new NameNode(null, "String"));
        yield return new FieldModel("message", origin) { Type = new NonNullTypeNode(null, String()) };
        yield return new FieldModel("code", origin) { Type = new NonNullTypeNode(null, String()) };
        yield return new FieldModel("path", origin) { Type = new ListTypeNode(null, new NonNullTypeNode(null, String())) };
    }

    private static string NamedTypeName(ITypeNode type) => type switch
    {
        NonNullTypeNode nonNull => NamedTypeName(nonNull.Type),
        ListTypeNode list => NamedTypeName(list.Type),
        NamedTypeNode named => named.Name.Value,
        _ => throw new NotSupportedException(type.GetType().Name),
    };
}
