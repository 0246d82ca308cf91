using KtPortal.GraphQL.Types;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Collects the schema configuration steps of one GraphQL server.</summary>
internal sealed class RequestExecutorBuilder(IServiceCollection services) : IRequestExecutorBuilder
{
    private readonly List<Action<SchemaBuilder>> _configurations = [];

    public IServiceCollection Services { get; } = services;

    public IRequestExecutorBuilder ConfigureSchema(Action<SchemaBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _configurations.Add(configure);
        return this;
    }

    public Schema BuildSchema(IServiceProvider services)
    {
        var builder = SchemaBuilder.New().AddServices(services);
        foreach (var configure in _configurations)
        {
            configure(builder);
        }

        return builder.Create();
    }
}
