using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Tests.Scalars;

// Strings in numeric results are read as JavaScript's Number(text); expectations are graphql-js GraphQLFloat.serialize.
public sealed class JsNumberParsingTests
{
    [Theory]
    [InlineData(".5", 0.5)]
    [InlineData("5.", 5.0)]
    [InlineData("+5", 5.0)]
    [InlineData("-5", -5.0)]
    [InlineData("\u00a012\t", 12.0)]
    [InlineData("0b101", 5.0)]
    [InlineData("0o17", 15.0)]
    [InlineData("0X1f", 31.0)]
    [InlineData("1e-7", 1e-7)]
    [InlineData("00012", 12.0)]
    [InlineData("1e+2", 100.0)]
    [InlineData(" ", 0.0)]
    public void FloatSerialize_NumericStrings_ReadAsJavaScriptNumbers(string text, double expected)
        => Assert.Equal(expected, Convert.ToDouble(SpecifiedScalars.Float.Serialize(text), System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("1_000")]
    [InlineData("-0x10")]
    [InlineData("0x")]
    [InlineData("e5")]
    [InlineData("1e")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("+Infinity")]
    [InlineData("--1")]
    [InlineData("NaN")]
    public void FloatSerialize_OtherStrings_AreNotNumbers(string text)
        => Assert.Equal(
            $"Float cannot represent non numeric value: \"{text}\"",
            Assert.Throws<CoercionException>(() => SpecifiedScalars.Float.Serialize(text)).Message);
}
