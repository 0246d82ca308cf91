using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Fetching;

/// <summary>
/// Lets a field declare that its resolver or middleware loads through DataLoaders, so that an executor of a schema
/// holding it counts resolvers and runs batches when every resolver waits (see <c>docs/graphql-execution.md</c>,
/// "DataLoader") without the application registering an <see cref="IBatchScheduler"/>.
/// </summary>
public static class DataLoaderFieldDescriptorExtensions
{
    /// <summary>The key of <see cref="OutputField.ContextData"/> that marks a field as loading through DataLoaders.</summary>
    public const string ContextKey = "KtPortal.GraphQL.Fetching.LoadsThroughDataLoaders";

    /// <summary>
    /// Marks the field as loading through DataLoaders: executors of the schema count resolvers unless
    /// <c>RequestExecutorOptions.EnableDataLoaders</c> is set to false.
    /// </summary>
    public static IObjectFieldDescriptor LoadsThroughDataLoaders(this IObjectFieldDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return descriptor.ContextData(ContextKey, true);
    }

    /// <summary>Whether a field of <paramref name="schema"/> is marked with <see cref="LoadsThroughDataLoaders(IObjectFieldDescriptor)"/>.</summary>
    internal static bool AnyFieldLoadsThroughDataLoaders(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        foreach (var type in schema.TypeList)
        {
            if (type is IComplexOutputType complex)
            {
                foreach (var field in complex.Fields)
                {
                    if (field.ContextData.ContainsKey(ContextKey))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
