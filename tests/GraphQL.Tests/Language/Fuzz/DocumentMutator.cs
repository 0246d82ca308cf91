using System.Text;

namespace KtPortal.GraphQL.Tests.Language.Fuzz;

/// <summary>Derives hostile inputs from seed documents with a fixed random sequence.</summary>
internal sealed class DocumentMutator(Random random, IReadOnlyList<byte[]> seeds)
{
    private static readonly byte[][] Fragments =
    [
        .. new[]
        {
            "{", "}", "(", ")", "[", "]", ":", "!", "$", "@", "&", "|", "=", "...", "..", ".", ",", "#", "\n", "\r", "\r\n", "\t",
            "\"", "\"\"\"", "\\\"\"\"", "\\", "\\u", "\\u{", "\\u{1F600}", "\\uD83D", "\\uDE00", "\\uD83D\\uDE00", "\\u{110000}", "\\x", "\\n",
            "query", "mutation", "subscription", "fragment", "on", "extend", "schema", "type", "interface", "union", "enum",
            "input", "scalar", "directive", "repeatable", "implements", "true", "false", "null", "0", "-", "1.5e", "01", "-0.0",
            "1e+", "12a", "'", "😀", "é", "\u00a0", "\ufeff", "%", "?",
        }.Select(Encoding.UTF8.GetBytes),
        [0x00], [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0x80], [0xF0, 0x9F], [0xE2, 0x82], [0xEF, 0xBB, 0xBF],
    ];

    private static readonly byte[][] BombUnits = [.. new[] { "[", "{a", "{a:", "(a:", "[[", "{ a {", "... on T {", "\"" }.Select(Encoding.UTF8.GetBytes)];

    public byte[] Next()
    {
        var data = new List<byte>(seeds[random.Next(seeds.Count)]);
        int mutations = 1 + random.Next(4);
        for (int i = 0; i < mutations; i++)
        {
            Mutate(data);
        }

        return [.. data];
    }

    private void Mutate(List<byte> data)
    {
        int position = data.Count == 0 ? 0 : random.Next(data.Count + 1);
        switch (random.Next(10))
        {
            case 0 when data.Count > 0:
                int flip = random.Next(data.Count);
                data[flip] ^= (byte)(1 << random.Next(8));
                break;
            case 1 when data.Count > 0:
                data[random.Next(data.Count)] = (byte)random.Next(256);
                break;
            case 2:
            case 3:
                data.InsertRange(position, Fragments[random.Next(Fragments.Length)]);
                break;
            case 4 when data.Count > 0:
                int start = random.Next(data.Count);
                data.RemoveRange(start, Math.Min(data.Count - start, 1 + random.Next(64)));
                break;
            case 5 when data.Count > 0:
                int from = random.Next(data.Count);
                int length = Math.Min(data.Count - from, 1 + random.Next(256));
                data.InsertRange(position, data.GetRange(from, length));
                break;
            case 6:
                data.RemoveRange(position, data.Count - position);
                break;
            case 7:
                byte[] unit = BombUnits[random.Next(BombUnits.Length)];
                int depth = 1 + random.Next(random.Next(2) == 0 ? 80 : 2_000);
                var bomb = new List<byte>(unit.Length * depth);
                for (int i = 0; i < depth; i++)
                {
                    bomb.AddRange(unit);
                }

                data.InsertRange(position, bomb);
                break;
            case 8:
                byte[] other = seeds[random.Next(seeds.Count)];
                int splice = random.Next(other.Length + 1);
                data.InsertRange(position, other.AsSpan(splice, Math.Min(other.Length - splice, 1 + random.Next(512))).ToArray());
                break;
            default:
                data.Insert(position, (byte)random.Next(256));
                break;
        }
    }
}
