using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types.CodeFirst;

namespace KtPortal.GraphQL.Types;

// Code-first registrations. They are turned into SDL definitions plus runtime bindings when the schema is
// created, so code-first and SDL types share one build and one validation.
public sealed partial class SchemaBuilder
{
    private readonly CodeFirstRegistrations _codeFirst = new();

    /// <summary>Adds the public members of <typeparamref name="T"/> as fields of the <c>Query</c> type.</summary>
    public SchemaBuilder AddQueryType<T>() => AddRootType("Query", typeof(T));

    /// <summary>Adds fields to the <c>Query</c> type with a descriptor.</summary>
    public SchemaBuilder AddQueryType(Action<IObjectTypeDescriptor> configure) => AddRootType("Query", configure);

    /// <summary>Adds the public members of <typeparamref name="T"/> as fields of the <c>Mutation</c> type.</summary>
    public SchemaBuilder AddMutationType<T>() => AddRootType("Mutation", typeof(T));

    /// <summary>Adds fields to the <c>Mutation</c> type with a descriptor.</summary>
    public SchemaBuilder AddMutationType(Action<IObjectTypeDescriptor> configure) => AddRootType("Mutation", configure);

    /// <summary>Adds the public methods of <typeparamref name="T"/> as fields of the <c>Subscription</c> type.</summary>
    public SchemaBuilder AddSubscriptionType<T>() => AddRootType("Subscription", typeof(T));

    /// <summary>Adds fields to the <c>Subscription</c> type with a descriptor.</summary>
    public SchemaBuilder AddSubscriptionType(Action<IObjectTypeDescriptor> configure) => AddRootType("Subscription", configure);

    /// <summary>
    /// Registers a type: a class (object type; needed for implementations of interfaces and union members), a
    /// C# enum, an <c>[InterfaceType]</c>, a root or extension class, or a descriptor type such as
    /// <see cref="ObjectType{T}"/>.
    /// </summary>
    public SchemaBuilder AddType<T>() => AddType(typeof(T));

    /// <inheritdoc cref="AddType{T}()"/>
    public SchemaBuilder AddType(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _codeFirst.Types.Add(type);
        return this;
    }

    /// <summary>Adds a custom scalar; it appears in the schema even when no field uses it.</summary>
    public SchemaBuilder AddType(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        _codeFirst.Scalars.Add(scalar);
        return this;
    }

    /// <summary>Adds a descriptor type given as an instance (for example an <see cref="ObjectTypeExtension"/>).</summary>
    public SchemaBuilder AddType(TypeSystemDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        _codeFirst.TypeInstances.Add(definition);
        return this;
    }

    /// <summary>
    /// Adds a type extension: a class with <see cref="ExtendObjectTypeAttribute"/> (or a root attribute), or an
    /// <see cref="ObjectTypeExtension"/> descriptor type.
    /// </summary>
    public SchemaBuilder AddTypeExtension<T>()
    {
        _codeFirst.Extensions.Add(typeof(T));
        return this;
    }

    /// <summary>Adds a custom directive definition.</summary>
    public SchemaBuilder AddDirectiveType<T>()
        where T : DirectiveType
        => AddType(typeof(T));

    /// <summary>Maps the CLR type <typeparamref name="TRuntime"/> to the scalar <typeparamref name="TScalar"/>.</summary>
    public SchemaBuilder BindRuntimeType<TRuntime, TScalar>()
        where TScalar : ScalarType
    {
        var scalar = (ScalarType?)typeof(TScalar).GetProperty("Instance")?.GetValue(null) ?? Activator.CreateInstance<TScalar>();
        _codeFirst.RuntimeTypeBindings[typeof(TRuntime)] = scalar;
        return this;
    }

    /// <summary>
    /// The root services: resolver classes that the request scope does not provide are created from them (once
    /// per schema), and resolver parameters whose type they register bind to services.
    /// </summary>
    public SchemaBuilder AddServices(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        _codeFirst.Services = services;
        return this;
    }

    private SchemaBuilder AddRootType(string rootName, Type type)
    {
        _codeFirst.RootTypes.Add((rootName, type));
        return this;
    }

    private SchemaBuilder AddRootType(string rootName, Action<IObjectTypeDescriptor> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _codeFirst.RootConfigurations.Add((rootName, configure));
        return this;
    }

    private CodeFirstResult? CompileCodeFirst()
    {
        if (_codeFirst.IsEmpty)
        {
            return null;
        }

        var sdlTypeNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in _documents)
        {
            foreach (var definition in document.Definitions)
            {
                if (definition is ITypeDefinitionNode type)
                {
                    sdlTypeNames.Add(type.Name.Value);
                }
            }
        }

        return new CodeFirstCompiler(_codeFirst, sdlTypeNames).Compile();
    }
}
