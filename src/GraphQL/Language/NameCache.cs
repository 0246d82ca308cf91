using System.Text;

namespace KtPortal.GraphQL.Language;

/// <summary>
/// A small lossy cache of name strings, so that a document's repeated names (<c>id</c>,
/// <c>__typename</c>, <c>node</c>) share one string across parses. Races only cost a cache miss.
/// </summary>
internal static class NameCache
{
    private const int Size = 4096;
    private const int MaxCachedLength = 48;
    private static readonly string?[] Entries = new string?[Size];

    public static string GetOrAdd(ReadOnlySpan<byte> name)
    {
        if (name.Length > MaxCachedLength)
        {
            return Encoding.ASCII.GetString(name);
        }

        uint hash = 2166136261;
        foreach (byte b in name)
        {
            hash = (hash ^ b) * 16777619;
        }

        ref string? slot = ref Entries[hash & (Size - 1)];
        string? existing = Volatile.Read(ref slot);
        if (existing is not null && Matches(existing, name))
        {
            return existing;
        }

        string created = Encoding.ASCII.GetString(name);
        Volatile.Write(ref slot, created);
        return created;
    }

    // Names are short; a plain loop beats a vectorized compare's setup.
    private static bool Matches(string existing, ReadOnlySpan<byte> name)
    {
        if (existing.Length != name.Length)
        {
            return false;
        }

        for (int i = 0; i < name.Length; i++)
        {
            if (existing[i] != name[i])
            {
                return false;
            }
        }

        return true;
    }
}
