using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.GraphQL.Types.CodeFirst;

/// <summary>
/// Reflects over code-first registrations once and produces their SDL definitions, the origin of each
/// definition (the C# member that declared it) and the runtime bindings for <see cref="SchemaBuilder"/>.
/// </summary>
internal sealed partial class CodeFirstCompiler
{
    private readonly CodeFirstRegistrations _registrations;
    private readonly IReadOnlySet<string> _sdlTypeNames;
    private readonly IServiceProviderIsService? _isService;
    private readonly NullabilityInfoContext _nullability = new();
    private readonly List<GraphQLError> _errors = [];
    private readonly Dictionary<string, TypeModel> _types = new(StringComparer.Ordinal);
    private readonly List<TypeModel> _typeOrder = [];
    private readonly Dictionary<Type, string> _outputNames = [];
    private readonly Dictionary<Type, string> _inputNames = [];
    private readonly Dictionary<string, ScalarType> _scalars = new(StringComparer.Ordinal);
    private readonly List<DirectiveModel> _directives = [];
    private readonly Queue<Action> _pending = new();

    public CodeFirstCompiler(CodeFirstRegistrations registrations, IReadOnlySet<string> sdlTypeNames)
    {
        _registrations = registrations;
        _sdlTypeNames = sdlTypeNames;
        _isService = registrations.Services?.GetService(typeof(IServiceProviderIsService)) as IServiceProviderIsService;
    }

    /// <exception cref="SchemaException">A CLR type or member cannot be mapped; each error names the member.</exception>
    public CodeFirstResult Compile()
    {
        foreach (var scalar in _registrations.Scalars)
        {
            _scalars[scalar.Name] = scalar;
        }

        // The root types lead the schema, in operation order.
        foreach (var rootName in (string[])["Query", "Mutation", "Subscription"])
        {
            var origin = _registrations.RootTypes.Where(r => r.RootName == rootName).Select(r => Origins.Of(r.Type))
                .Concat(_registrations.RootConfigurations.Where(r => r.RootName == rootName).Select(r => Origins.Of(r.Configure.Method)))
                .FirstOrDefault();
            if (origin is not null)
            {
                Root(rootName, origin);
            }
        }

        AddNodeInterface();

        // Descriptor types next: a convention type must not be created before its descriptor is known.
        foreach (var instance in _registrations.TypeInstances)
        {
            AddTypeInstance(instance);
        }

        var (descriptorTypes, otherTypes) = Partition(_registrations.Types);
        foreach (var type in descriptorTypes)
        {
            AddType(type);
        }

        foreach (var (rootName, type) in _registrations.RootTypes)
        {
            AddRootClass(rootName, type, describesRoot: true);
        }

        foreach (var (rootName, configure) in _registrations.RootConfigurations)
        {
            AddRootDescriptor(rootName, configure);
        }

        foreach (var type in otherTypes)
        {
            AddType(type);
        }

        foreach (var type in _registrations.Extensions)
        {
            AddExtension(type);
        }

        Drain();
        CompleteNodes();
        CompleteUnions();
        if (_errors.Count > 0)
        {
            throw new SchemaException(_errors);
        }

        return WithGenerated(SyntaxEmitter.Emit(_typeOrder, _directives, _scalars.Values, _sdlTypeNames));
    }

    private static (List<Type> Descriptors, List<Type> Others) Partition(IEnumerable<Type> types)
    {
        var descriptors = new List<Type>();
        var others = new List<Type>();
        foreach (var type in types)
        {
            (typeof(TypeSystemDefinition).IsAssignableFrom(type) ? descriptors : others).Add(type);
        }

        return (descriptors, others);
    }

    private void Drain()
    {
        do
        {
            while (_pending.TryDequeue(out var work))
            {
                work();
            }

            LinkInterfaces();
        }
        while (_pending.Count > 0);
    }

    private void Register(TypeModel model)
    {
        if (_types.TryGetValue(model.Name, out var existing))
        {
            Error($"The GraphQL type name \"{model.Name}\" is used by both {existing.Origin} and {model.Origin}.", model.Origin);
            return;
        }

        _types[model.Name] = model;
        _typeOrder.Add(model);
    }

    private void Error(string message, string origin)
        => _errors.Add(new GraphQLError($"{message} (declared by {origin})")
        {
            Code = "SCHEMA_INVALID",
            Extensions = new Dictionary<string, object?>(1) { ["member"] = origin },
        });

    private string? Description(MemberInfo member)
        => member.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description
            ?? XmlDocumentation.For(member.Module.Assembly).Summary(member);

    private static string? Description(ParameterInfo parameter)
        => parameter.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description
            ?? XmlDocumentation.For(parameter.Member.Module.Assembly).Parameter(parameter);

    // graphql-js DEFAULT_DEPRECATION_REASON for [Obsolete] without a message.
    private static string? DeprecationReason(ICustomAttributeProvider member)
    {
        if (member.GetCustomAttributes(typeof(GraphQLDeprecatedAttribute), true) is [GraphQLDeprecatedAttribute deprecated, ..])
        {
            return deprecated.Reason;
        }

        return member.GetCustomAttributes(typeof(ObsoleteAttribute), true) is [ObsoleteAttribute obsolete, ..]
            ? obsolete.Message ?? "No longer supported."
            : null;
    }

    private static bool IsIgnored(ICustomAttributeProvider member) => member.IsDefined(typeof(GraphQLIgnoreAttribute), true);
}
