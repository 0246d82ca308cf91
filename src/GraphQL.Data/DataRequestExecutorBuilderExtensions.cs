using KtPortal.GraphQL.Data.Paging;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Global settings of the data middleware on the GraphQL builder.</summary>
public static class DataRequestExecutorBuilderExtensions
{
    /// <summary>Changes the <see cref="PagingOptions"/> every paged field starts from (a field's own settings win).</summary>
    public static IRequestExecutorBuilder ModifyPagingOptions(this IRequestExecutorBuilder builder, Action<PagingOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var existing = builder.Services.FirstOrDefault(d => d.ServiceType == typeof(PagingOptions))?.ImplementationInstance as PagingOptions;
        if (existing is null)
        {
            existing = new PagingOptions();
            builder.Services.AddSingleton(existing);
        }

        configure(existing);
        return builder;
    }
}
