using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.GraphQL.Types.CodeFirst;

/// <summary>
/// The object a root or extension class's instance methods run on: the request scope's registration when there
/// is one, otherwise one instance per schema, created on first use from the root services.
/// </summary>
internal sealed class ResolverInstance
{
    private readonly Type _type;
    private readonly Lazy<object> _shared;

    public ResolverInstance(Type type, IServiceProvider? rootServices)
    {
        _type = type;
        _shared = new Lazy<object>(() => ActivatorUtilities.CreateInstance(rootServices ?? EmptyServices.Instance, type));
    }

    public object Get(IServiceProvider services) => services.GetService(_type) ?? _shared.Value;

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
