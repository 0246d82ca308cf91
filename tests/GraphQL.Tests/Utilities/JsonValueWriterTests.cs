using System.Buffers;
using System.Text;
using System.Text.Json;
using KtPortal.GraphQL.Utilities;

namespace KtPortal.GraphQL.Tests.Utilities;

public sealed class JsonValueWriterTests
{
    [Fact]
    public void WriteValue_NumbersAndNestedValues_AreWrittenAsJsonStringifyWritesThem()
        => Assert.Equal(
            """{"a":[1,1e+21,0.1,2.5,3],"b":{"c":true,"d":null},"e":"x"}""",
            Write(new Dictionary<string, object?>
            {
                ["a"] = new object[] { 1L, 1e21, 0.1f, 2.5m, (byte)3 },
                ["b"] = new SortedDictionary<string, object?> { ["c"] = true, ["d"] = null },
                ["e"] = "x",
            },
            strict: true));

    [Fact]
    public void WriteValue_Lenient_WritesNonFiniteNumbersAsNullAndOtherObjectsAsText()
        => Assert.Equal("""[null,null,"00000000-0000-0000-0000-000000000000"]""", Write(new object[] { double.NaN, float.PositiveInfinity, Guid.Empty }, strict: false));

    [Fact]
    public void WriteValue_Strict_RefusesValuesWithoutAJsonForm()
    {
        Assert.Throws<NotSupportedException>(() => Write(new[] { double.NaN }, strict: true));
        Assert.Throws<NotSupportedException>(() => Write(new object[] { Guid.Empty }, strict: true));
    }

    [Fact]
    public void WriteValue_TooDeepValues_AreRefused()
    {
        object value = 1;
        for (var i = 0; i < 70; i++)
        {
            value = new[] { value };
        }

        Assert.Throws<NotSupportedException>(() => Write(value, strict: false));
    }

    private static string Write(object? value, bool strict)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            JsonValueWriter.WriteValue(writer, value, strict);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
