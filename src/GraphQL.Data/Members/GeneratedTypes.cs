using System.Runtime.CompilerServices;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Data.Members;

/// <summary>
/// The input types filtering and sorting generated while one schema is compiled, by name. Every field that
/// filters tickets shares one <c>TicketFilterInput</c>; a field whose options would make the same name with
/// other fields is a schema error instead of silently getting the first field's type.
/// </summary>
internal static class GeneratedTypes
{
    private static readonly ConditionalWeakTable<IDescriptorContext, Dictionary<string, string>> BySchema = new();

    /// <summary>Adds the definition <paramref name="sdl"/> of <paramref name="name"/> unless the schema has that type.</summary>
    /// <exception cref="InvalidOperationException">Another field generated the name with a different definition.</exception>
    public static void Add(IDescriptorContext context, string name, string sdl, string origin)
    {
        var generated = BySchema.GetValue(context, static _ => new Dictionary<string, string>(StringComparer.Ordinal));
        lock (generated)
        {
            if (generated.TryGetValue(name, out var existing))
            {
                if (!string.Equals(existing, sdl, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException(
                        $"the generated input type {name} differs from the one another field generated (their Ignore options differ); " +
                        "ignore members the same way on every field, or with [NotFilterable]/[NotSortable] on the member.");
                }

                return;
            }

            generated[name] = sdl;
            if (!context.IsTypeDefined(name))
            {
                context.AddTypeDefinitions(sdl, origin);
            }
        }
    }
}
